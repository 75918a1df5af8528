import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Database } from '../store/database.js';
import { UserError } from '../user-error.js';
import { type FileKind, kindFromName, loadFile } from './load-file.js';
import { type FileOutcome, type RefreshRun, type RunStatus, finishRun, listRuns, startRun } from './refresh-runs.js';

export const PROCESSED_DIR = 'processed';
export const FAILED_DIR = 'failed';

/** Files waiting in the inbox: plain files at its top level, not hidden, in name order (dates in names sort). */
export async function inboxFiles(inbox: string): Promise<string[]> {
  if (!existsSync(inbox)) throw new UserError(`the inbox folder ${inbox} does not exist`);
  const entries = await readdir(inbox, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$') && !e.name.endsWith('.tmp') && !e.name.endsWith('.part'))
    .map((e) => join(inbox, e.name))
    .sort();
}

/** Moves a file into a sub-folder, never over another file of the same name. */
async function moveInto(file: string, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  let target = join(folder, basename(file));
  for (let i = 2; existsSync(target); i++) target = join(folder, `${basename(file)}.${i}`);
  await rename(file, target);
  return target;
}

export interface RefreshOptions {
  readonly inbox: string;
  /** What started it: `watcher` (serve), `command` (cron), `upload`. */
  readonly trigger: string;
  readonly loadedBy: string;
  /** Only these files (the watcher passes those that have stopped changing); default: all waiting. */
  readonly files?: readonly string[];
  /** Recomputes what depends on the data (the scorecard, the pages), once, when anything loaded. */
  readonly afterLoad?: () => Promise<void>;
}

/**
 * The overnight refresh: each file waiting in the inbox is validated and loaded as an extract,
 * in its own transaction (a file that fails leaves the store exactly as it was, and is moved to
 * `failed/` with the reason beside it; a loaded file goes to `processed/`), then what depends
 * on the data is recomputed. Every run is recorded with its duration and each file's outcome
 * and findings, for the status page.
 */
export async function refreshInbox(db: Database, options: RefreshOptions): Promise<RefreshRun> {
  const t0 = performance.now();
  const files = options.files ? [...options.files].sort() : await inboxFiles(options.inbox);
  const runId = await startRun(db, options.trigger);
  const outcomes: FileOutcome[] = [];
  let message: string | null = null;
  try {
    for (const file of files) outcomes.push(await refreshFile(db, file, options));
    if (outcomes.some((o) => o.status === 'loaded') && options.afterLoad) await options.afterLoad();
  } catch (e) {
    message = `the refresh stopped: ${(e as Error).message}`;
  }
  const status: RunStatus = await finishRun(db, runId, outcomes, t0, message);
  const run = (await listRuns(db, 50)).find((r) => r.runId === runId);
  return run ?? { runId, trigger: options.trigger, startedAt: new Date().toISOString(), finishedAt: null, durationMs: null, status, files: outcomes, message };
}

async function refreshFile(db: Database, file: string, options: RefreshOptions): Promise<FileOutcome> {
  const f0 = performance.now();
  const name = basename(file);
  const kind: FileKind | null = kindFromName(name);
  const failed = async (error: string): Promise<FileOutcome> => {
    if (existsSync(file)) {
      const moved = await moveInto(file, join(options.inbox, FAILED_DIR));
      await writeFile(`${moved}.reason.txt`, `${new Date().toISOString()}\n${error}\n`, 'utf8');
    }
    return { file: name, kind, status: 'failed', extractId: null, asAt: null, rows: null, findings: {}, notes: [], error, ms: Math.round(performance.now() - f0) };
  };
  if (!kind) return failed('not a file the dashboard loads: an Annex A workbook (.xlsx), the workforce census (.xml), or a local template CSV named supervision-…, oversight-…, audits-… or establishment-…');
  const size = (await stat(file).catch(() => null))?.size ?? 0;
  if (size === 0) return failed('the file is empty');
  try {
    const r = await loadFile(db, file, kind, { loadedBy: options.loadedBy });
    await moveInto(file, join(options.inbox, PROCESSED_DIR));
    return {
      file: name,
      kind,
      status: 'loaded',
      extractId: r.extract.extractId,
      asAt: r.extract.asAt,
      rows: Object.values(r.extract.rowCounts).reduce((a, b) => a + b, 0),
      findings: r.extract.findingCounts,
      notes: r.notes,
      error: null,
      ms: Math.round(performance.now() - f0),
    };
  } catch (e) {
    if (!(e instanceof UserError)) {
      // Not the file's fault: say so, and keep the file where it was for the next run.
      return { file: name, kind, status: 'failed', extractId: null, asAt: null, rows: null, findings: {}, notes: [], error: `could not be loaded (${(e as Error).message}); left in the inbox to try again`, ms: Math.round(performance.now() - f0) };
    }
    return failed(e.message);
  }
}
