import { type IsoDate, dayToIso, isoToDay, todayIso } from '../model/dates.js';
import { type LocalKind, localSource, localTable, localTemplate, templateColumn } from '../model/local-templates.js';
import { localRules } from '../quality/local/index.js';
import { runRules } from '../quality/run-rules.js';
import { type LocalReadResult, LocalFileError, readLocal } from '../sources/local/read-local.js';
import type { Database, SqlValue } from '../store/database.js';
import type { AsAtBasis, Extract } from '../store/extracts.js';
import { bulkColumns, hasUnreadableFlag, localTableColumns } from '../store/schema.js';
import { LoadError, loadExtract } from './extract-load.js';

export interface LoadLocalOptions {
  readonly kind: LocalKind;
  readonly file: string;
  readonly asAt?: IsoDate;
  readonly replace?: boolean;
  readonly loadedBy?: string;
  /** Today's date (dates after it are never taken as the as-at date). */
  readonly today?: IsoDate;
}

export interface LoadLocalResult {
  readonly extract: Extract;
  readonly asAtBasis: AsAtBasis;
  readonly notes: string[];
  readonly read: LocalReadResult;
  readonly replaced: Extract[];
  readonly timings: { hashMs: number; readMs: number; qualityMs: number; totalMs: number };
}

/**
 * Loads one local template's CSV file (supervision, oversight, audits, establishment) as an
 * extract of source `local-<kind>`, in one transaction: its rows, the reader's findings and the
 * template's rules. The as-at date is --as-at, else a date in the file name, else the latest key
 * date in the file (with a note saying so). If anything fails, the store is left as it was.
 */
export async function loadLocal(db: Database, options: LoadLocalOptions): Promise<LoadLocalResult> {
  const t0 = performance.now();
  const template = localTemplate(options.kind);
  const today = options.today ?? todayIso();
  let read: LocalReadResult | null = null;
  let readMs = 0;
  let qualityMs = 0;

  const loaded = await loadExtract(db, { ...options, source: localSource(template) }, async (ctx) => {
    const writer = await db.bulkWriter(localTable(template), bulkColumns(localTableColumns(template)));
    const r0 = performance.now();
    try {
      read = await readLocal(options.file, template, {
        row(row) {
          const out: SqlValue[] = [ctx.extractId, row.rowNumber];
          template.columns.forEach((c, i) => {
            out.push(row.values[i] ?? null);
            if (hasUnreadableFlag(c.type)) out.push(row.unreadable[i] ?? false);
          });
          writer.append(out);
        },
        finding: ctx.finding,
      }, { todayDay: isoToDay(today) });
    } catch (e) {
      if (e instanceof LocalFileError) throw new LoadError(e.message);
      throw e;
    }
    writer.close();
    ctx.flushFindings();
    readMs = performance.now() - r0;
    const result: LocalReadResult = read;

    let asAt = ctx.asAt;
    if (!asAt) {
      if (result.latestDay === null) {
        throw new LoadError(`${ctx.fileName}: cannot tell the as-at date from the file name or its contents (no ${templateColumn(template, template.keyDate).header} on or before today); give it with --as-at YYYY-MM-DD`);
      }
      asAt = dayToIso(result.latestDay);
      await ctx.setAsAt(asAt, 'latest-date',
        `warning: as-at date ${asAt} is the latest ${templateColumn(template, template.keyDate).header} in the file; give --as-at if the file was taken later`);
    }
    const headers = new Map(result.columns.mapped.map((m) => [m.column.key, m.header]));
    const q0 = performance.now();
    await runRules(db, localRules(template.kind, headers), ctx.extractId, asAt);
    qualityMs = performance.now() - q0;
    return {
      rowCounts: { rows: result.rows },
      layout: {
        kind: template.kind,
        encoding: result.encoding,
        delimiter: result.delimiter,
        headerRow: result.headerRow,
        columns: result.columns.mapped.map((m) => ({ column: m.letter, header: m.header, field: m.column.key, match: m.match })),
        unmapped: result.columns.unmapped.map((u) => ({ column: u.letter, header: u.header })),
        missing: result.columns.missing.map((c) => c.key),
      },
    };
  });
  if (!read) throw new LoadError('the file was not read');
  return {
    extract: loaded.extract,
    asAtBasis: loaded.asAtBasis,
    notes: loaded.notes,
    read,
    replaced: loaded.replaced,
    timings: { hashMs: loaded.hashMs, readMs, qualityMs, totalMs: performance.now() - t0 },
  };
}
