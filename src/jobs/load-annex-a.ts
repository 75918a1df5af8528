import { ANNEX_A_LISTS, type ListDef, tableOf } from '../model/annex-a-lists.js';
import { type IsoDate, dayToIso, isoToDay, todayIso } from '../model/dates.js';
import { ANNEX_A_RULES } from '../quality/annex-a/index.js';
import { runRules } from '../quality/run-rules.js';
import { type AnnexAReadResult, AnnexAFileError, type CanonicalRow, readAnnexA } from '../sources/annex-a/read-annex-a.js';
import type { BulkWriter, Database, SqlValue } from '../store/database.js';
import type { AsAtBasis, Extract } from '../store/extracts.js';
import { listBulkColumns } from '../store/schema.js';
import { type ExtractLoadContext, LoadError, loadExtract } from './extract-load.js';

export { LoadError };

export const ANNEX_A_SOURCE = 'annex-a';

export interface LoadAnnexAOptions {
  readonly file: string;
  readonly asAt?: IsoDate;
  /** Load again over an extract of the same file or the same as-at date. */
  readonly replace?: boolean;
  readonly loadedBy?: string;
  /** Today's date (dates after it are never taken as the as-at date). */
  readonly today?: IsoDate;
}

export interface LoadTimings {
  hashMs: number;
  readMs: number;
  storeMs: number;
  qualityMs: number;
  totalMs: number;
}

export interface LoadResult {
  readonly extract: Extract;
  readonly asAtBasis: AsAtBasis;
  /** Plain sentences for the user: how the as-at date was decided, what was replaced. */
  readonly notes: string[];
  readonly read: AnnexAReadResult;
  readonly replaced: Extract[];
  readonly timings: LoadTimings;
}

/**
 * Loads one Annex A workbook as an extract, in one transaction: the rows of every list, the
 * findings of the reader and of every quality rule, and the extract's record. If anything
 * fails, or the process dies, the store is left exactly as it was.
 */
export async function loadAnnexA(db: Database, options: LoadAnnexAOptions): Promise<LoadResult> {
  const t0 = performance.now();
  const today = options.today ?? todayIso();
  let storeMs = 0;
  let readMs = 0;
  let qualityMs = 0;
  let read: AnnexAReadResult | null = null;

  const loaded = await loadExtract(db, { ...options, source: ANNEX_A_SOURCE }, async (ctx) => {
    const writers = new Map<ListDef, BulkWriter>();
    for (const list of ANNEX_A_LISTS) writers.set(list, await db.bulkWriter(tableOf(list), listBulkColumns(list)));
    const sink = {
      startSheet: () => undefined,
      row(list: ListDef, row: CanonicalRow) {
        const s = performance.now();
        const out: SqlValue[] = [ctx.extractId, row.sheet, row.rowNumber];
        list.columns.forEach((c, i) => {
          out.push(row.values[i] ?? null);
          if (c.type === 'date') out.push(row.unreadable[i] ?? false);
        });
        (writers.get(list) as BulkWriter).append(out);
        storeMs += performance.now() - s;
      },
      finding: ctx.finding,
    };
    const r0 = performance.now();
    try {
      read = await readAnnexA(options.file, sink, { todayDay: isoToDay(today) });
    } catch (e) {
      if (e instanceof AnnexAFileError) throw new LoadError(e.message);
      throw e;
    }
    const s0 = performance.now();
    for (const w of writers.values()) w.close();
    ctx.flushFindings();
    storeMs += performance.now() - s0;
    readMs = performance.now() - r0 - storeMs;

    let asAt = ctx.asAt;
    if (!asAt) {
      const inferred = inferAsAt(read);
      if (!inferred) {
        throw new LoadError(`${ctx.fileName}: cannot tell the as-at date from the file name or its contents; give it with --as-at YYYY-MM-DD`);
      }
      await ctx.setAsAt(inferred.asAt, inferred.basis, inferred.note);
      asAt = inferred.asAt;
    }
    await storeSheetColumns(ctx, read);
    const q0 = performance.now();
    await runRules(db, ANNEX_A_RULES, ctx.extractId, asAt);
    qualityMs = performance.now() - q0;
    const result: AnnexAReadResult = read;
    return {
      rowCounts: Object.fromEntries(ANNEX_A_LISTS.map((l) => [String(l.number), result.rowsByList[l.number] ?? 0])),
      layout: result.sheets,
    };
  });
  if (!read) throw new LoadError('the workbook was not read');
  return {
    extract: loaded.extract,
    asAtBasis: loaded.asAtBasis,
    notes: loaded.notes,
    read,
    replaced: loaded.replaced,
    timings: { hashMs: loaded.hashMs, readMs, storeMs, qualityMs, totalMs: performance.now() - t0 },
  };
}

function inferAsAt(read: AnnexAReadResult): { asAt: IsoDate; basis: AsAtBasis; note: string } | null {
  const titles = [...new Set(read.titleDates)];
  if (titles.length === 1) {
    const asAt = dayToIso(titles[0] as number);
    return { asAt, basis: 'title', note: `as-at date ${asAt} taken from the title above the headers` };
  }
  if (read.latestEventDay !== null) {
    const asAt = dayToIso(read.latestEventDay);
    return {
      asAt,
      basis: 'latest-date',
      note: `warning: as-at date ${asAt} is the latest event date in the file; give --as-at if the extract was taken later`,
    };
  }
  return null;
}

async function storeSheetColumns(ctx: ExtractLoadContext, read: AnnexAReadResult): Promise<void> {
  const w = await ctx.db.bulkWriter('sheet_columns', [
    { name: 'extract_id', type: 'integer' },
    { name: 'list', type: 'integer' },
    { name: 'sheet', type: 'text' },
    { name: 'column_key', type: 'text' },
    { name: 'header', type: 'text' },
    { name: 'letter', type: 'text' },
    { name: 'match', type: 'text' },
  ]);
  for (const s of read.sheets) {
    if (s.list === null || !s.columns) continue;
    for (const m of s.columns.mapped) w.append([ctx.extractId, s.list, s.sheet, m.column.key, m.header, m.letter, m.match]);
  }
  w.close();
}
