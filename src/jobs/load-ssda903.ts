import { type IsoDate } from '../model/dates.js';
import { SSDA903_SOURCE, SSDA903_TABLES } from '../model/ssda903.js';
import { valuesText } from '../quality/returns/output.js';
import type { ValidationResult } from '../quality/returns/return-rule.js';
import { checkYear, runSsda903Rules } from '../quality/ssda903/validate.js';
import { type Ssda903Read, readSsda903 } from '../sources/ssda903/read-ssda903.js';
import type { Ssda903Return } from '../sources/ssda903/table.js';
import type { Database, SqlValue } from '../store/database.js';
import { type AsAtBasis, type Extract, extractByHash } from '../store/extracts.js';
import { ssda903Columns, ssda903StoreTable } from '../store/returns-ssda903-tables.js';
import { type ExtractLoadContext, LoadError, filesHash, loadExtract } from './extract-load.js';

export { SSDA903_SOURCE };

export interface LoadSsda903Options {
  /** This year's files: the CSV tables (any names) or one XML file. */
  readonly files: readonly string[];
  /** The collection year (its end year: 2025 = April 2024 to March 2025). */
  readonly year: number;
  /** Last year's files: loaded first as the extract of the year before (unless already loaded), and compared with. */
  readonly previous?: readonly string[];
  readonly replace?: boolean;
  readonly loadedBy?: string;
  /** Also run the year's DfE rules and keep their findings with the extract (`check --extract N`). */
  readonly validate?: boolean;
}

export interface LoadSsda903Result {
  readonly extract: Extract;
  readonly asAtBasis: AsAtBasis;
  readonly notes: string[];
  readonly read: Ssda903Read;
  /** Last year's extract, when --previous loaded it (null when not given or already loaded). */
  readonly previousExtract: Extract | null;
  readonly validation: ValidationResult | null;
  readonly replaced: Extract[];
  readonly timings: { hashMs: number; readMs: number; rulesMs: number; totalMs: number };
}

/**
 * Loads a year's SSDA903 return as one extract of source `ssda903`, as at 31 March of the
 * collection year, in one transaction: every table's rows, the reader's findings (unknown
 * tables, missing columns, dates not dd/mm/yyyy…) and, with `validate`, the DfE rules'
 * findings. Last year's files, when given, are loaded first as their own extract (as at the
 * year before), and the rules that compare years read them.
 */
export async function loadSsda903(db: Database, options: LoadSsda903Options): Promise<LoadSsda903Result> {
  const t0 = performance.now();
  checkYear(options.year);
  if (options.files.length === 0) throw new LoadError('give the files of the return');
  const notes: string[] = [];
  let previousExtract: Extract | null = null;
  let previousRead: Ssda903Read | null = null;
  if (options.previous && options.previous.length) {
    previousRead = await readSsda903(options.previous);
    const known = await extractByHash(db, SSDA903_SOURCE, await filesHash(options.previous));
    if (known) notes.push(`last year's files are already loaded as extract ${known.extractId} (as at ${known.asAt}); compared with them`);
    else {
      const prev = await loadOne(db, { ...options, files: options.previous, year: options.year - 1, previous: undefined, validate: false }, previousRead, null);
      previousExtract = prev.extract;
      notes.push(`last year's files loaded as extract ${prev.extract.extractId} (as at ${prev.extract.asAt})`);
    }
  }
  const r0 = performance.now();
  const read = await readSsda903(options.files);
  const readMs = performance.now() - r0;
  const loaded = await loadOne(db, options, read, previousRead?.data ?? null);
  return {
    extract: loaded.extract,
    asAtBasis: loaded.asAtBasis,
    notes: [...loaded.notes, ...notes],
    read,
    previousExtract,
    validation: loaded.validation,
    replaced: loaded.replaced,
    timings: { hashMs: loaded.hashMs, readMs: readMs + loaded.writeMs, rulesMs: loaded.rulesMs, totalMs: performance.now() - t0 },
  };
}

async function loadOne(db: Database, options: LoadSsda903Options, read: Ssda903Read, previous: Ssda903Return | null) {
  if (read.data.supplied.size === 0) {
    const why = read.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}: ${f.message}`).slice(0, 3).join('; ');
    throw new LoadError(`none of the files could be read as a table of the SSDA903 return${why ? ` (${why})` : ''}`);
  }
  const asAt: IsoDate = `${options.year}-03-31`;
  let validation: ValidationResult | null = null;
  let rulesMs = 0;
  let writeMs = 0;
  const loaded = await loadExtract(db, { source: SSDA903_SOURCE, file: options.files[0] as string, files: options.files, asAt, replace: options.replace, loadedBy: options.loadedBy, asAtFromName: false }, async (ctx) => {
    const w0 = performance.now();
    const counts = await writeTables(db, ctx, read.data);
    for (const f of read.findings) ctx.finding(f);
    writeMs = performance.now() - w0;
    if (options.validate) {
      const q0 = performance.now();
      validation = await runSsda903Rules({ current: read.data, previous }, options.year);
      for (const f of validation.findings) {
        ctx.finding({
          rule: f.code, severity: 'error', list: null, sheet: f.table, row: f.row, column: f.fields.join(' '), cell: null, childId: f.child, value: valuesText(f).slice(0, 500), message: f.message,
        });
      }
      for (const r of validation.rules.filter((x) => x.status === 'failed-to-run')) {
        ctx.finding({ rule: r.code, severity: 'error', list: null, sheet: null, row: null, column: null, cell: null, childId: null, value: null, message: `rule ${r.code} failed to run: ${r.error ?? ''}` });
      }
      rulesMs = performance.now() - q0;
    }
    return {
      rowCounts: counts,
      layout: { year: options.year, format: read.data.format, files: read.files },
    };
  });
  return { ...loaded, validation: validation as ValidationResult | null, rulesMs, writeMs, notes: [...loaded.notes, `as-at date ${asAt} is the end of the collection year ${options.year}`] };
}

/** Every table's rows, column by column as the return holds them: dates as DATE (flagged when not dd/mm/yyyy), the rest as text. */
async function writeTables(db: Database, ctx: ExtractLoadContext, data: Ssda903Return): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of SSDA903_TABLES) {
    const table = data.tables[t];
    if (!data.supplied.has(t)) continue;
    counts[t] = table.length;
    const cols = ssda903Columns(t);
    const writer = await db.bulkWriter(ssda903StoreTable(t), cols.map((c) => ({ name: c.name, type: c.bulk })));
    const getters = cols.map((c): ((i: number) => SqlValue) => {
      if (c.kind === 'key') return c.name === 'extract_id' ? () => ctx.extractId : c.name === 'file_name' ? () => table.file : (i) => table.rowNumbers[i] ?? null;
      const source = c.source as string;
      if (!table.has(source)) return c.kind === 'flag' ? () => false : () => null;
      if (c.kind === 'text') {
        const v = table.text(source);
        return (i) => v[i] ?? null;
      }
      const days = table.day(source);
      const raw = table.raw(source);
      if (c.kind === 'date') return (i) => (Number.isNaN(days[i] as number) ? null : (days[i] as number));
      return (i) => raw[i] !== null && Number.isNaN(days[i] as number);
    });
    for (let i = 0; i < table.length; i++) writer.append(getters.map((g) => g(i)));
    writer.close();
  }
  return counts;
}
