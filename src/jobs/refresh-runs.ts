import type { Database } from '../store/database.js';

/** What happened to one file of a refresh. */
export interface FileOutcome {
  readonly file: string;
  readonly kind: string | null;
  readonly status: 'loaded' | 'failed';
  readonly extractId: number | null;
  readonly asAt: string | null;
  readonly rows: number | null;
  /** Findings by severity (error, warning, info) of the loaded extract. */
  readonly findings: Record<string, number>;
  readonly notes: string[];
  /** Why the file was refused (nothing of it was stored). */
  readonly error: string | null;
  readonly ms: number;
}

export type RunStatus = 'running' | 'ok' | 'partial' | 'failed' | 'nothing';

export interface RefreshRun {
  readonly runId: number;
  readonly trigger: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly durationMs: number | null;
  readonly status: RunStatus;
  readonly files: FileOutcome[];
  readonly message: string | null;
}

export async function startRun(db: Database, trigger: string, now = new Date()): Promise<number> {
  const next = ((await db.all<{ n: number | null }>('SELECT max(run_id) AS n FROM refresh_runs'))[0]?.n ?? 0) + 1;
  await db.run(`INSERT INTO refresh_runs (run_id, trigger, started_at, status, files) VALUES ($1, $2, $3, 'running', '[]')`, [next, trigger, now.toISOString()]);
  return next;
}

export async function finishRun(db: Database, runId: number, files: readonly FileOutcome[], startedMs: number, message: string | null = null, now = new Date()): Promise<RunStatus> {
  const failed = files.filter((f) => f.status === 'failed').length;
  const status: RunStatus = files.length === 0 ? 'nothing' : failed === 0 ? 'ok' : failed === files.length ? 'failed' : 'partial';
  await db.run('UPDATE refresh_runs SET finished_at = $2, duration_ms = $3, status = $4, files = $5, message = $6 WHERE run_id = $1', [
    runId,
    now.toISOString(),
    Math.round(performance.now() - startedMs),
    status,
    JSON.stringify(files),
    message,
  ]);
  return status;
}

interface RunRow {
  run_id: number;
  trigger: string;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  status: RunStatus;
  files: string;
  message: string | null;
}

export async function listRuns(db: Database, limit = 20): Promise<RefreshRun[]> {
  const rows = await db.all<RunRow>(`SELECT * FROM refresh_runs ORDER BY run_id DESC LIMIT ${Math.max(1, Math.min(500, Math.floor(limit)))}`);
  return rows.map((r) => ({
    runId: r.run_id,
    trigger: r.trigger,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    durationMs: r.duration_ms,
    status: r.status,
    files: JSON.parse(r.files) as FileOutcome[],
    message: r.message,
  }));
}

/** Runs left 'running' by a process that stopped mid-run: their loads were rolled back; say so. */
export async function markInterrupted(db: Database): Promise<number> {
  return db.run("UPDATE refresh_runs SET status = 'failed', message = 'interrupted: the dashboard stopped during this run; nothing of an unfinished load was kept' WHERE status = 'running'");
}
