import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { ANNEX_A_LISTS, type ListDef, tableOf } from '../model/annex-a-lists.js';
import { type IsoDate, dayToIso, isIsoDate, isoToDay, todayIso } from '../model/dates.js';
import { ANNEX_A_RULES } from '../quality/annex-a/index.js';
import { runRules } from '../quality/run-rules.js';
import type { Finding } from '../sources/annex-a/finding.js';
import { type AnnexAReadResult, AnnexAFileError, type CanonicalRow, readAnnexA } from '../sources/annex-a/read-annex-a.js';
import type { BulkWriter, Database, SqlValue } from '../store/database.js';
import { type AsAtBasis, type Extract, deleteExtract, extractByAsAt, extractByHash, extractById, nextExtractId } from '../store/extracts.js';
import { FINDING_COLUMNS, listBulkColumns } from '../store/schema.js';
import { UserError } from '../user-error.js';
import { asAtFromFileName } from './as-at-from-name.js';
import { sha256File } from './file-hash.js';

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
  commitMs: number;
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

/** The load was refused or failed; nothing was stored. The message is for the user. */
export class LoadError extends UserError {}

/**
 * Loads one Annex A workbook as an extract, in one transaction: the rows of every list, the
 * findings of the reader and of every quality rule, and the extract's record. If anything
 * fails, or the process dies, the store is left exactly as it was.
 */
export async function loadAnnexA(db: Database, options: LoadAnnexAOptions): Promise<LoadResult> {
  const t0 = performance.now();
  const name = basename(options.file);
  const notes: string[] = [];
  if (options.asAt !== undefined && !isIsoDate(options.asAt)) {
    throw new LoadError(`--as-at ${options.asAt} is not a date; give it as YYYY-MM-DD`);
  }
  const fileStat = await stat(options.file).catch(() => null);
  if (!fileStat || !fileStat.isFile()) throw new LoadError(`${options.file}: file not found`);

  const sha256 = await sha256File(options.file);
  const hashMs = performance.now() - t0;
  const sameFile = await extractByHash(db, ANNEX_A_SOURCE, sha256);
  if (sameFile && !options.replace) {
    throw new LoadError(
      `${name} is already loaded as extract ${sameFile.extractId} (as at ${sameFile.asAt}, loaded ${sameFile.loadedAt}); use --replace to load it again`,
    );
  }

  let asAt: IsoDate | null = options.asAt ?? null;
  let basis: AsAtBasis = 'given';
  if (!asAt) {
    const fromName = asAtFromFileName(name);
    if (fromName) {
      asAt = fromName.asAt;
      basis = 'file-name';
      notes.push(`as-at date ${asAt} taken from the ${fromName.how}`);
    }
  }
  if (asAt) await refuseOtherExtractAt(db, asAt, sha256, options.replace ?? false);

  const today = options.today ?? todayIso();
  const replaced: Extract[] = [];
  let storeMs = 0;
  let readMs = 0;
  let qualityMs = 0;
  let readResult: AnnexAReadResult | null = null;

  const extractId = await db.transaction(async () => {
    if (sameFile) {
      await deleteExtract(db, sameFile.extractId);
      replaced.push(sameFile);
    }
    const id = await nextExtractId(db);
    await db.run(
      `INSERT INTO extracts (extract_id, source, as_at, as_at_basis, file_name, sha256, file_bytes, loaded_at, loaded_by, row_counts, finding_counts, sheets)
       VALUES ($1, $2, CAST($3 AS DATE), $4, $5, $6, $7, $8, $9, '{}', '{}', '[]')`,
      [id, ANNEX_A_SOURCE, asAt ?? '1970-01-01', basis, name, sha256, fileStat.size, new Date().toISOString(), options.loadedBy ?? currentUser()],
    );

    const writers = new Map<ListDef, BulkWriter>();
    for (const list of ANNEX_A_LISTS) writers.set(list, await db.bulkWriter(tableOf(list), listBulkColumns(list)));
    const findingWriter = await db.bulkWriter('findings', FINDING_COLUMNS);
    let seq = 0;
    const sink = {
      startSheet: () => undefined,
      row(list: ListDef, row: CanonicalRow) {
        const s = performance.now();
        const out: SqlValue[] = [id, row.sheet, row.rowNumber];
        list.columns.forEach((c, i) => {
          out.push(row.values[i] ?? null);
          if (c.type === 'date') out.push(row.unreadable[i] ?? false);
        });
        (writers.get(list) as BulkWriter).append(out);
        storeMs += performance.now() - s;
      },
      finding(f: Finding) {
        seq += 1;
        findingWriter.append([id, seq, f.rule, f.severity, f.list, f.sheet, f.row, f.column, f.cell, f.childId, f.value, f.message]);
      },
    };

    const r0 = performance.now();
    let read: AnnexAReadResult;
    try {
      read = await readAnnexA(options.file, sink, { todayDay: isoToDay(today) });
    } catch (e) {
      if (e instanceof AnnexAFileError) throw new LoadError(e.message);
      throw e;
    }
    readResult = read;
    const s0 = performance.now();
    for (const w of writers.values()) w.close();
    findingWriter.close();
    storeMs += performance.now() - s0;
    readMs = performance.now() - r0 - storeMs;

    if (!asAt) {
      const inferred = inferAsAt(read);
      if (!inferred) {
        throw new LoadError(`${name}: cannot tell the as-at date from the file name or its contents; give it with --as-at YYYY-MM-DD`);
      }
      asAt = inferred.asAt;
      basis = inferred.basis;
      notes.push(inferred.note);
      await refuseOtherExtractAt(db, asAt, sha256, options.replace ?? false);
    }
    const other = await extractByAsAt(db, ANNEX_A_SOURCE, asAt);
    if (other && other.extractId !== id) {
      await deleteExtract(db, other.extractId);
      replaced.push(other);
    }

    await storeSheetColumns(db, id, read);
    const q0 = performance.now();
    await runRules(db, ANNEX_A_RULES, id, asAt);
    qualityMs = performance.now() - q0;

    const counts = await db.all<{ severity: string; n: number }>(
      'SELECT severity, count(*) AS n FROM findings WHERE extract_id = $1 GROUP BY severity',
      [id],
    );
    const findingCounts = Object.fromEntries(counts.map((c) => [c.severity, c.n]));
    const rowCounts = Object.fromEntries(ANNEX_A_LISTS.map((l) => [String(l.number), read.rowsByList[l.number] ?? 0]));
    await db.run(
      `UPDATE extracts SET as_at = CAST($2 AS DATE), as_at_basis = $3, row_counts = $4, finding_counts = $5, sheets = $6 WHERE extract_id = $1`,
      [id, asAt, basis, JSON.stringify(rowCounts), JSON.stringify(findingCounts), JSON.stringify(read.sheets)],
    );
    if (process.env.CSC_SCORECARD_FAULT === 'before-commit') {
      // Test hook: die as a killed process would, with the transaction still open.
      process.kill(process.pid, 'SIGKILL');
    }
    return id;
  });
  const c0 = performance.now();
  const extract = await extractById(db, extractId);
  if (!extract || !readResult) throw new LoadError('the extract was not stored');
  for (const r of replaced) notes.push(`replaced extract ${r.extractId} (${r.fileName}, as at ${r.asAt})`);
  const commitMs = performance.now() - c0;
  return {
    extract,
    asAtBasis: basis,
    notes,
    read: readResult,
    replaced,
    timings: { hashMs, readMs, storeMs, qualityMs, commitMs, totalMs: performance.now() - t0 },
  };
}

async function refuseOtherExtractAt(db: Database, asAt: IsoDate, sha256: string, replace: boolean): Promise<void> {
  const other = await extractByAsAt(db, ANNEX_A_SOURCE, asAt);
  if (other && other.sha256 !== sha256 && !replace) {
    throw new LoadError(
      `an extract as at ${asAt} is already loaded (extract ${other.extractId}, ${other.fileName}); use --replace to replace it with this file`,
    );
  }
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

async function storeSheetColumns(db: Database, id: number, read: AnnexAReadResult): Promise<void> {
  const w = await db.bulkWriter('sheet_columns', [
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
    for (const m of s.columns.mapped) w.append([id, s.list, s.sheet, m.column.key, m.header, m.letter, m.match]);
  }
  w.close();
}

function currentUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}
