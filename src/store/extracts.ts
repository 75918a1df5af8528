import type { IsoDate } from '../model/dates.js';
import type { Database } from './database.js';
import { extractTables } from './schema.js';

/** How the as-at date of an extract was decided (`reference-date`: a census's own reference date). */
export type AsAtBasis = 'given' | 'file-name' | 'title' | 'latest-date' | 'reference-date';

export interface Extract {
  readonly extractId: number;
  readonly source: string;
  readonly asAt: IsoDate;
  readonly asAtBasis: AsAtBasis;
  readonly fileName: string;
  readonly sha256: string;
  readonly fileBytes: number;
  readonly loadedAt: string;
  readonly loadedBy: string | null;
  readonly rowCounts: Record<string, number>;
  readonly findingCounts: Record<string, number>;
}

interface ExtractRow {
  extract_id: number;
  source: string;
  as_at: string;
  as_at_basis: string;
  file_name: string;
  sha256: string;
  file_bytes: number;
  loaded_at: string;
  loaded_by: string | null;
  row_counts: string;
  finding_counts: string;
}

const SELECT = `SELECT extract_id, source, as_at, as_at_basis, file_name, sha256, file_bytes, loaded_at, loaded_by,
  row_counts, finding_counts FROM extracts`;

function toExtract(r: ExtractRow): Extract {
  return {
    extractId: r.extract_id,
    source: r.source,
    asAt: r.as_at,
    asAtBasis: r.as_at_basis as AsAtBasis,
    fileName: r.file_name,
    sha256: r.sha256,
    fileBytes: r.file_bytes,
    loadedAt: r.loaded_at,
    loadedBy: r.loaded_by,
    rowCounts: JSON.parse(r.row_counts) as Record<string, number>,
    findingCounts: JSON.parse(r.finding_counts) as Record<string, number>,
  };
}

export async function listExtracts(db: Database, source?: string): Promise<Extract[]> {
  const rows = source
    ? await db.all<ExtractRow>(`${SELECT} WHERE source = $1 ORDER BY as_at, extract_id`, [source])
    : await db.all<ExtractRow>(`${SELECT} ORDER BY as_at, extract_id`);
  return rows.map(toExtract);
}

export async function extractByHash(db: Database, source: string, sha256: string): Promise<Extract | null> {
  const rows = await db.all<ExtractRow>(`${SELECT} WHERE source = $1 AND sha256 = $2`, [source, sha256]);
  return rows[0] ? toExtract(rows[0]) : null;
}

export async function extractByAsAt(db: Database, source: string, asAt: IsoDate): Promise<Extract | null> {
  const rows = await db.all<ExtractRow>(`${SELECT} WHERE source = $1 AND as_at = CAST($2 AS DATE)`, [source, asAt]);
  return rows[0] ? toExtract(rows[0]) : null;
}

export async function extractById(db: Database, id: number): Promise<Extract | null> {
  const rows = await db.all<ExtractRow>(`${SELECT} WHERE extract_id = $1`, [id]);
  return rows[0] ? toExtract(rows[0]) : null;
}

/** The extract current at D: the latest as-at on or before D. */
export async function extractCurrentAt(db: Database, source: string, asAt: IsoDate): Promise<Extract | null> {
  const rows = await db.all<ExtractRow>(
    `${SELECT} WHERE source = $1 AND as_at <= CAST($2 AS DATE) ORDER BY as_at DESC, extract_id DESC LIMIT 1`,
    [source, asAt],
  );
  return rows[0] ? toExtract(rows[0]) : null;
}

export async function latestExtract(db: Database, source: string): Promise<Extract | null> {
  const rows = await db.all<ExtractRow>(`${SELECT} WHERE source = $1 ORDER BY as_at DESC, extract_id DESC LIMIT 1`, [source]);
  return rows[0] ? toExtract(rows[0]) : null;
}

/**
 * The next extract number. Numbers are never reused, even after --replace removes an extract,
 * so "extract 3" in an old report or audit entry always means the same file.
 */
export async function nextExtractId(db: Database): Promise<number> {
  const rows = await db.all<{ n: number | null }>(
    `SELECT greatest(coalesce((SELECT max(extract_id) FROM extracts), 0),
       coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_extract_id'), 0)) AS n`,
  );
  const next = (rows[0]?.n ?? 0) + 1;
  await db.run(
    "INSERT INTO meta VALUES ('last_extract_id', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    [String(next)],
  );
  return next;
}

/** Removes an extract and every row it brought (inside the caller's transaction). */
export async function deleteExtract(db: Database, id: number): Promise<void> {
  for (const t of extractTables()) await db.run(`DELETE FROM ${t} WHERE extract_id = $1`, [id]);
  await db.run('DELETE FROM extracts WHERE extract_id = $1', [id]);
}
