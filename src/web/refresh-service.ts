import { type InboxWatcher, watchInbox } from '../jobs/inbox-watcher.js';
import { type FileKind, loadFile } from '../jobs/load-file.js';
import { type FileOutcome, finishRun, markInterrupted, startRun } from '../jobs/refresh-runs.js';
import { refreshInbox } from '../jobs/refresh.js';
import type { RefreshRun } from '../jobs/refresh-runs.js';
import type { IsoDate } from '../model/dates.js';
import { UserError } from '../user-error.js';
import type { WebData } from './data.js';
import type { Serial } from './serial.js';

/**
 * Loads while the dashboard runs: the inbox watcher's overnight files and the analysts'
 * uploads, one at a time on the loading connection. After anything loads, the cached pages are
 * forgotten and the latest scorecard is computed again in the background, so the first manager
 * in the morning gets it at once.
 */
export class RefreshService {
  private watcher: InboxWatcher | null = null;

  constructor(
    readonly loads: Serial,
    private readonly data: WebData,
    readonly inbox: string | null,
    private readonly pollMs: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Forgets cached figures and warms the latest scorecard. */
  async recompute(): Promise<void> {
    this.data.invalidate();
    const asAt = await this.data.asAtOf(undefined);
    if (asAt) void this.data.scorecard(asAt).catch(() => undefined);
  }

  async start(): Promise<void> {
    await this.loads.run((db) => markInterrupted(db));
    if (!this.inbox || this.watcher) return;
    this.watcher = watchInbox(this.inbox, async (files) => {
      const run = await this.runInbox('watcher', files);
      // File names and counts only: never a child's id in the server's log.
      this.log(`refresh run ${run.runId}: ${run.status}, ${run.files.length} file(s) in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s`);
    }, { intervalMs: this.pollMs });
  }

  runInbox(trigger: string, files?: string[]): Promise<RefreshRun> {
    if (!this.inbox) throw new UserError('no inbox folder is configured (web.inbox in the configuration, or serve --inbox)');
    const inbox = this.inbox;
    return this.loads.run((db) => refreshInbox(db, { inbox, trigger, loadedBy: `inbox (${trigger})`, files, afterLoad: () => this.recompute() }));
  }

  /** Loads one uploaded file for real, recorded as a refresh run of its own. */
  async loadUpload(path: string, fileName: string, kind: FileKind, options: { asAt?: IsoDate; replace: boolean; loadedBy: string }): Promise<FileOutcome> {
    return this.loads.run(async (db) => {
      const t0 = performance.now();
      const runId = await startRun(db, `upload by ${options.loadedBy}`);
      let outcome: FileOutcome;
      try {
        const r = await loadFile(db, path, kind, options);
        outcome = {
          file: fileName,
          kind,
          status: 'loaded',
          extractId: r.extract.extractId,
          asAt: r.extract.asAt,
          rows: Object.values(r.extract.rowCounts).reduce((a, b) => a + b, 0),
          findings: r.extract.findingCounts,
          notes: r.notes,
          error: null,
          ms: Math.round(performance.now() - t0),
        };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        outcome = { file: fileName, kind, status: 'failed', extractId: null, asAt: null, rows: null, findings: {}, notes: [], error: e.message, ms: Math.round(performance.now() - t0) };
      }
      await finishRun(db, runId, [outcome], t0);
      if (outcome.status === 'loaded') await this.recompute();
      return outcome;
    });
  }

  async stop(): Promise<void> {
    await this.watcher?.stop();
    this.watcher = null;
  }
}
