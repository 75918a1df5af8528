import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { type IsoDate, isIsoDate } from '../model/dates.js';
import type { Finding } from '../sources/annex-a/finding.js';
import type { BulkWriter, Database } from '../store/database.js';
import { type AsAtBasis, type Extract, deleteExtract, extractByAsAt, extractByHash, extractById, nextExtractId } from '../store/extracts.js';
import { FINDING_COLUMNS } from '../store/schema.js';
import { UserError } from '../user-error.js';
import { asAtFromFileName } from './as-at-from-name.js';
import { sha256File } from './file-hash.js';

/** The load was refused or failed; nothing was stored. The message is for the user. */
export class LoadError extends UserError {}

export interface ExtractLoadOptions {
  /** Source name: `annex-a`, `workforce`, `local-supervision`… */
  readonly source: string;
  readonly file: string;
  /**
   * A return in several files (the SSDA903's CSV tables): loaded as one extract, named by them
   * all and identified by one hash over each file's. `file` is then the first of them.
   */
  readonly files?: readonly string[];
  readonly asAt?: IsoDate;
  /** Load again over an extract of the same file or the same as-at date. */
  readonly replace?: boolean;
  readonly loadedBy?: string;
  /**
   * Whether a date in the file name gives the as-at date when none is given (default true).
   * False for a source whose contents state it (a census's reference date): the source then
   * decides, and may fall back to the name itself.
   */
  readonly asAtFromName?: boolean;
}

/** What a source's load step sees: its extract number, and where findings and the as-at date go. */
export interface ExtractLoadContext {
  readonly db: Database;
  readonly extractId: number;
  readonly fileName: string;
  /** The as-at date, when known before reading (given, or from the file name). */
  readonly asAt: IsoDate | null;
  finding(f: Finding): void;
  /** Flushes findings so that SQL rules see them (call before running rules). */
  flushFindings(): void;
  /** Sets the as-at date found in the contents; refuses a clash with another extract. */
  setAsAt(asAt: IsoDate, basis: AsAtBasis, note: string): Promise<void>;
}

export interface ExtractLoadOutcome {
  readonly rowCounts: Record<string, number>;
  /** How the file was read (sheets, columns): kept with the extract as JSON. */
  readonly layout?: unknown;
}

export interface ExtractLoadResult {
  readonly extract: Extract;
  readonly asAtBasis: AsAtBasis;
  readonly notes: string[];
  readonly replaced: Extract[];
  readonly hashMs: number;
}

/**
 * Everything a load shares whatever the source, in one transaction: the file's hash (a file
 * already loaded is refused unless --replace), the as-at date (given, from the file name, or
 * found by the source in the contents), the extract record, the findings, and the removal of
 * what --replace replaces. If the source's step throws, or the process dies, nothing is kept.
 */
export async function loadExtract(
  db: Database,
  options: ExtractLoadOptions,
  work: (ctx: ExtractLoadContext) => Promise<ExtractLoadOutcome>,
): Promise<ExtractLoadResult> {
  const t0 = performance.now();
  const files = options.files && options.files.length ? options.files : [options.file];
  const name = files.map((f) => basename(f)).join(', ');
  const notes: string[] = [];
  if (options.asAt !== undefined && !isIsoDate(options.asAt)) {
    throw new LoadError(`--as-at ${options.asAt} is not a date; give it as YYYY-MM-DD`);
  }
  let fileBytes = 0;
  for (const f of files) {
    const fileStat = await stat(f).catch(() => null);
    if (!fileStat || !fileStat.isFile()) throw new LoadError(`${f}: file not found`);
    fileBytes += fileStat.size;
  }

  const sha256 = await filesHash(files);
  const hashMs = performance.now() - t0;
  const sameFile = await extractByHash(db, options.source, sha256);
  if (sameFile && !options.replace) {
    throw new LoadError(
      `${name} is already loaded as extract ${sameFile.extractId} (as at ${sameFile.asAt}, loaded ${sameFile.loadedAt}); use --replace to load it again`,
    );
  }
  let asAt: IsoDate | null = options.asAt ?? null;
  let basis: AsAtBasis = 'given';
  if (!asAt && options.asAtFromName !== false) {
    const fromName = asAtFromFileName(name);
    if (fromName) {
      asAt = fromName.asAt;
      basis = 'file-name';
      notes.push(`as-at date ${asAt} taken from the ${fromName.how}`);
    }
  }
  const replace = options.replace ?? false;
  if (asAt) await refuseOtherExtractAt(db, options.source, asAt, sha256, replace);

  const replaced: Extract[] = [];
  const extractId = await db.transaction(async () => {
    if (sameFile) {
      await deleteExtract(db, sameFile.extractId);
      replaced.push(sameFile);
    }
    const id = await nextExtractId(db);
    await db.run(
      `INSERT INTO extracts (extract_id, source, as_at, as_at_basis, file_name, sha256, file_bytes, loaded_at, loaded_by, row_counts, finding_counts, sheets)
       VALUES ($1, $2, CAST($3 AS DATE), $4, $5, $6, $7, $8, $9, '{}', '{}', '[]')`,
      [id, options.source, asAt ?? '1970-01-01', basis, name, sha256, fileBytes, new Date().toISOString(), options.loadedBy ?? currentUser()],
    );
    let findings: BulkWriter | null = await db.bulkWriter('findings', FINDING_COLUMNS);
    let seq = 0;
    const ctx: ExtractLoadContext = {
      db,
      extractId: id,
      fileName: name,
      asAt,
      finding(f) {
        if (!findings) throw new Error('findings were already closed for this load');
        seq += 1;
        findings.append([id, seq, f.rule, f.severity, f.list, f.sheet, f.row, f.column, f.cell, f.childId, f.value, f.message]);
      },
      flushFindings() {
        findings?.close();
        findings = null;
      },
      async setAsAt(found, how, note) {
        await refuseOtherExtractAt(db, options.source, found, sha256, replace);
        asAt = found;
        basis = how;
        notes.push(note);
        await db.run('UPDATE extracts SET as_at = CAST($2 AS DATE), as_at_basis = $3 WHERE extract_id = $1', [id, found, how]);
      },
    };
    const outcome = await work(ctx);
    ctx.flushFindings();
    if (!asAt) throw new LoadError(`${name}: cannot tell the as-at date from the file name or its contents; give it with --as-at YYYY-MM-DD`);
    const other = await extractByAsAt(db, options.source, asAt);
    if (other && other.extractId !== id) {
      await deleteExtract(db, other.extractId);
      replaced.push(other);
    }
    const counts = await db.all<{ severity: string; n: number }>(
      'SELECT severity, count(*) AS n FROM findings WHERE extract_id = $1 GROUP BY severity',
      [id],
    );
    await db.run(
      `UPDATE extracts SET as_at = CAST($2 AS DATE), as_at_basis = $3, row_counts = $4, finding_counts = $5, sheets = $6 WHERE extract_id = $1`,
      [id, asAt, basis, JSON.stringify(outcome.rowCounts), JSON.stringify(Object.fromEntries(counts.map((c) => [c.severity, c.n]))), JSON.stringify(outcome.layout ?? [])],
    );
    if (process.env.CSC_SCORECARD_FAULT === 'before-commit') {
      // Test hook: die as a killed process would, with the transaction still open.
      process.kill(process.pid, 'SIGKILL');
    }
    return id;
  });
  const extract = await extractById(db, extractId);
  if (!extract) throw new LoadError('the extract was not stored');
  for (const r of replaced) notes.push(`replaced extract ${r.extractId} (${r.fileName}, as at ${r.asAt})`);
  return { extract, asAtBasis: basis, notes, replaced, hashMs };
}

async function refuseOtherExtractAt(db: Database, source: string, asAt: IsoDate, sha256: string, replace: boolean): Promise<void> {
  const other = await extractByAsAt(db, source, asAt);
  if (other && other.sha256 !== sha256 && !replace) {
    throw new LoadError(
      `an extract as at ${asAt} is already loaded (${source} extract ${other.extractId}, ${other.fileName}); use --replace to replace it with this file`,
    );
  }
}

/** One file's SHA-256; for several, the SHA-256 of their hashes in name order (the order given does not matter). */
export async function filesHash(files: readonly string[]): Promise<string> {
  if (files.length === 1) return sha256File(files[0] as string);
  const hashes = await Promise.all([...files].sort((a, b) => basename(a).localeCompare(basename(b))).map((f) => sha256File(f)));
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}

function currentUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}
