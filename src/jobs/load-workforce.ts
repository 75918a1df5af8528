import { createHash, createHmac, randomBytes } from 'node:crypto';
import { type IsoDate, dayToIso, ymdToIso } from '../model/dates.js';
import { CSWW_HEADER_FIELDS, CSWW_LA_FIELDS, CSWW_WORKER_FIELDS, WORKFORCE_LA_TABLE, WORKFORCE_SOURCE, WORKFORCE_WORKERS_TABLE } from '../model/workforce-census.js';
import { WORKFORCE_RULES } from '../quality/workforce/index.js';
import { runRules } from '../quality/run-rules.js';
import { type WorkforceReadResult, WorkforceFileError, readWorkforce } from '../sources/workforce/read-workforce.js';
import type { Database, SqlValue } from '../store/database.js';
import type { AsAtBasis, Extract } from '../store/extracts.js';
import { bulkColumns, hasUnreadableFlag, workforceLaColumns, workforceWorkerColumns } from '../store/schema.js';
import { asAtFromFileName } from './as-at-from-name.js';
import { LoadError, loadExtract } from './extract-load.js';

export { WORKFORCE_SOURCE };

/** The environment variable holding the key Social Work England numbers are hashed with. */
export const SWE_SECRET_ENV = 'CSC_SCORECARD_SWE_SECRET';
/** A shorter key could be guessed along with the numbers it hides. */
const MIN_SECRET_LENGTH = 16;

export interface LoadWorkforceOptions {
  readonly file: string;
  /** Overrides the census reference date. */
  readonly asAt?: IsoDate;
  readonly replace?: boolean;
  readonly loadedBy?: string;
  /** The key SWE numbers are hashed with; default $CSC_SCORECARD_SWE_SECRET, else the store's own key. */
  readonly sweSecret?: string;
}

/** Where the hashing key came from: given, the environment, or the store (made at its first census load). */
export type SweKeySource = 'given' | 'environment' | 'store';

export interface LoadWorkforceResult {
  readonly extract: Extract;
  readonly asAtBasis: AsAtBasis;
  readonly notes: string[];
  readonly read: WorkforceReadResult;
  readonly replaced: Extract[];
  readonly sweKey: { readonly source: SweKeySource; readonly fingerprint: string };
  readonly timings: { hashMs: number; readMs: number; qualityMs: number; totalMs: number };
}

/**
 * Loads one Children's Social Work Workforce census file as an extract, in one transaction:
 * its workers (the SWE number only as a keyed hash), the authority's vacancy and agency figures,
 * the reader's findings and every workforce rule's. The as-at date is the census reference
 * date unless --as-at is given. If anything fails, the store is left exactly as it was.
 */
export async function loadWorkforce(db: Database, options: LoadWorkforceOptions): Promise<LoadWorkforceResult> {
  const t0 = performance.now();
  let read: WorkforceReadResult | null = null;
  let readMs = 0;
  let qualityMs = 0;
  let sweKey: LoadWorkforceResult['sweKey'] | null = null;
  const extraNotes: string[] = [];
  const given = options.sweSecret ?? process.env[SWE_SECRET_ENV];
  if (given !== undefined && given.length < MIN_SECRET_LENGTH) {
    throw new LoadError(`the key for hashing SWE numbers (${options.sweSecret !== undefined ? 'given' : SWE_SECRET_ENV}) is ${given.length} characters long; use at least ${MIN_SECRET_LENGTH}`);
  }

  const loaded = await loadExtract(db, { ...options, source: WORKFORCE_SOURCE, asAtFromName: false }, async (ctx) => {
    const key = await hashKey(db, options.sweSecret !== undefined ? { secret: options.sweSecret, source: 'given' } : given !== undefined ? { secret: given, source: 'environment' } : null);
    sweKey = { source: key.source, fingerprint: key.fingerprint };
    const workers = await db.bulkWriter(WORKFORCE_WORKERS_TABLE, bulkColumns(workforceWorkerColumns()));
    const r0 = performance.now();
    try {
      read = await readWorkforce(options.file, {
        worker(row) {
          const out: SqlValue[] = [ctx.extractId, row.position, row.line];
          CSWW_WORKER_FIELDS.forEach((f, i) => {
            out.push(row.values[i] ?? null);
            if (hasUnreadableFlag(f.type)) out.push(row.unreadable[i] ?? false);
          });
          workers.append(out);
        },
        finding: ctx.finding,
      }, { hashSwe: (swe) => createHmac('sha256', key.secret).update(swe).digest('hex') });
    } catch (e) {
      if (e instanceof WorkforceFileError) throw new LoadError(e.message);
      throw e;
    }
    workers.close();
    const result: WorkforceReadResult = read;
    const la = await db.bulkWriter(WORKFORCE_LA_TABLE, bulkColumns(workforceLaColumns()));
    const laRow: SqlValue[] = [ctx.extractId];
    [...CSWW_HEADER_FIELDS, ...CSWW_LA_FIELDS].forEach((f, i) => {
      laRow.push(result.la.values[i] ?? null);
      if (hasUnreadableFlag(f.type)) laRow.push(result.la.unreadable[i] ?? false);
    });
    la.append(laRow);
    la.close();
    ctx.flushFindings();
    readMs = performance.now() - r0;

    let asAt = ctx.asAt;
    const reference = result.referenceDay !== null ? dayToIso(result.referenceDay) : null;
    if (asAt && reference && reference !== asAt) extraNotes.push(`warning: --as-at ${asAt} differs from the census reference date ${reference}`);
    if (!asAt) {
      const found = asAtOf(result, ctx.fileName);
      if (!found) {
        throw new LoadError(`${ctx.fileName}: the file gives no reference date or collection year, nor does its name give a date; give it with --as-at YYYY-MM-DD`);
      }
      await ctx.setAsAt(found.asAt, found.basis, found.note);
      asAt = found.asAt;
    }
    const earlier = await otherKeyFingerprints(db, ctx.extractId, key.fingerprint);
    if (earlier.length) {
      extraNotes.push(`warning: SWE numbers were hashed with a different key in extract(s) ${earlier.join(', ')}; the same worker will not match across them`);
    }
    const q0 = performance.now();
    await runRules(db, WORKFORCE_RULES, ctx.extractId, asAt);
    qualityMs = performance.now() - q0;
    return {
      rowCounts: { workers: result.workers, la: 1 },
      layout: { encoding: result.encoding, unknownElements: result.unknownElements, sweKeySource: key.source, sweKeyFingerprint: key.fingerprint },
    };
  });
  if (!read || !sweKey) throw new LoadError('the census file was not read');
  const keyNote: Record<SweKeySource, string> = {
    given: 'SWE numbers hashed with the key given',
    environment: `SWE numbers hashed with the key in ${SWE_SECRET_ENV}`,
    store: `SWE numbers hashed with this store's own key (set ${SWE_SECRET_ENV} to use one key kept outside the store)`,
  };
  const key: LoadWorkforceResult['sweKey'] = sweKey;
  return {
    extract: loaded.extract,
    asAtBasis: loaded.asAtBasis,
    notes: [...loaded.notes, ...extraNotes, keyNote[key.source]],
    read,
    replaced: loaded.replaced,
    sweKey: key,
    timings: { hashMs: loaded.hashMs, readMs, qualityMs, totalMs: performance.now() - t0 },
  };
}

/** The census's own date: its reference date, else 30 September of its collection year, else a date in its name. */
function asAtOf(read: WorkforceReadResult, fileName: string): { asAt: IsoDate; basis: AsAtBasis; note: string } | null {
  if (read.referenceDay !== null) {
    const asAt = dayToIso(read.referenceDay);
    return { asAt, basis: 'reference-date', note: `as-at date ${asAt} is the census reference date` };
  }
  if (read.collectionYear !== null && read.collectionYear >= 2000 && read.collectionYear <= 2100) {
    const asAt = ymdToIso(read.collectionYear, 9, 30);
    return { asAt, basis: 'reference-date', note: `warning: the file has no reference date; as-at date ${asAt} is 30 September of its collection year` };
  }
  const fromName = asAtFromFileName(fileName);
  if (fromName) {
    return { asAt: fromName.asAt, basis: 'file-name', note: `warning: the file has no reference date; as-at date ${fromName.asAt} taken from the ${fromName.how}` };
  }
  return null;
}

interface HashKey {
  readonly secret: string;
  readonly source: SweKeySource;
  /** A short digest of the key, kept with each extract: says whether two extracts' hashes can match. */
  readonly fingerprint: string;
}

async function hashKey(db: Database, given: { secret: string; source: SweKeySource } | null): Promise<HashKey> {
  const fingerprint = (secret: string): string => createHash('sha256').update(`csc-scorecard swe key|${secret}`).digest('hex').slice(0, 12);
  if (given) return { ...given, fingerprint: fingerprint(given.secret) };
  const rows = await db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'swe_hash_key'");
  let secret = rows[0]?.value;
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    await db.run("INSERT INTO meta VALUES ('swe_hash_key', $1)", [secret]);
  }
  return { secret, source: 'store', fingerprint: fingerprint(secret) };
}

async function otherKeyFingerprints(db: Database, extractId: number, fingerprint: string): Promise<number[]> {
  const rows = await db.all<{ extract_id: number; sheets: string }>('SELECT extract_id, sheets FROM extracts WHERE source = $1 AND extract_id <> $2', [WORKFORCE_SOURCE, extractId]);
  return rows
    .filter((r) => {
      try {
        const layout = JSON.parse(r.sheets) as { sweKeyFingerprint?: string };
        return layout.sweKeyFingerprint !== undefined && layout.sweKeyFingerprint !== fingerprint;
      } catch {
        return false;
      }
    })
    .map((r) => r.extract_id);
}
