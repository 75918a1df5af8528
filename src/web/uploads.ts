import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type FileKind, loadFile } from '../jobs/load-file.js';
import type { IsoDate } from '../model/dates.js';
import { type QualityReport, qualityReport } from '../quality/report.js';
import { UserError } from '../user-error.js';
import type { Serial } from './serial.js';

/** What a dry run of a load found: the load it would be, and its findings, with nothing stored. */
export interface UploadCheck {
  readonly ok: boolean;
  /** Why the file would be refused (it cannot be loaded as it is). */
  readonly error: string | null;
  readonly asAt: string | null;
  readonly notes: string[];
  readonly rowCounts: Record<string, number>;
  readonly report: QualityReport | null;
}

export interface PendingUpload {
  readonly token: string;
  readonly userId: number;
  readonly path: string;
  readonly fileName: string;
  readonly kind: FileKind;
  readonly asAt: IsoDate | undefined;
  readonly replace: boolean;
  readonly createdAt: number;
  readonly check: UploadCheck;
}

class DryRun extends Error {}

/**
 * Loads the file inside a transaction that is always rolled back, to show its findings before
 * anything is committed. It runs on the loading connection, one load at a time, so the rolled
 * back rows are never seen by the pages (they read on their own connection).
 */
export async function checkUpload(loads: Serial, path: string, kind: FileKind, options: { asAt?: IsoDate; replace: boolean; loadedBy: string }): Promise<UploadCheck> {
  let check: UploadCheck | null = null;
  try {
    await loads.run((db) =>
      db.transaction(async () => {
        const r = await loadFile(db, path, kind, options);
        check = {
          ok: true,
          error: null,
          asAt: r.extract.asAt,
          notes: r.notes,
          rowCounts: r.extract.rowCounts,
          report: await qualityReport(db, r.extract.extractId, { examples: 3 }),
        };
        throw new DryRun();
      }),
    );
  } catch (e) {
    if (e instanceof DryRun && check) return check;
    if (e instanceof UserError) return { ok: false, error: e.message, asAt: null, notes: [], rowCounts: {}, report: null };
    throw e;
  }
  throw new Error('the dry run ended without a result');
}

const PENDING_MS = 60 * 60_000;

/** Uploaded files waiting for the analyst to confirm (an hour at most), in a private temporary folder. */
export class PendingUploads {
  private readonly dir = mkdtempSync(join(tmpdir(), 'csc-uploads-'));
  private readonly pending = new Map<string, PendingUpload>();

  /**
   * Keeps the upload under its own name (the extract records it, and a date in it gives the
   * as-at date), made safe, in a folder of its own.
   */
  async save(bytes: Uint8Array, name: string): Promise<string> {
    const folder = join(this.dir, randomBytes(12).toString('hex'));
    await mkdir(folder, { mode: 0o700 });
    const safe = basename(name).replace(/[^A-Za-z0-9._ -]/g, '_').replace(/^\.+/, '').slice(0, 120) || 'upload';
    const path = join(folder, safe);
    await writeFile(path, bytes, { mode: 0o600 });
    return path;
  }

  add(u: Omit<PendingUpload, 'token' | 'createdAt'>): PendingUpload {
    void this.sweep();
    const p: PendingUpload = { ...u, token: randomBytes(16).toString('base64url'), createdAt: Date.now() };
    this.pending.set(p.token, p);
    return p;
  }

  /** The upload, only for the user who made it. */
  get(token: string, userId: number): PendingUpload | null {
    const p = this.pending.get(token);
    return p && p.userId === userId && Date.now() - p.createdAt < PENDING_MS ? p : null;
  }

  async remove(token: string): Promise<void> {
    const p = this.pending.get(token);
    this.pending.delete(token);
    if (p) await rm(dirname(p.path), { recursive: true, force: true });
  }

  async sweep(): Promise<void> {
    for (const p of [...this.pending.values()]) if (Date.now() - p.createdAt >= PENDING_MS) await this.remove(p.token);
  }

  async close(): Promise<void> {
    this.pending.clear();
    await rm(this.dir, { recursive: true, force: true });
  }
}
