import type { AsAtPoint } from '../measures/as-at.js';
import { measureById } from '../measures/catalogue/index.js';
import { drill } from '../measures/engine.js';
import type { Database } from '../store/database.js';
import type { Scope } from '../measures/engine.js';

/** Caseload bands used by the distribution (children per worker). */
export const CASELOAD_BANDS: readonly { label: string; min: number; max: number }[] = [
  { label: '1–10', min: 1, max: 10 },
  { label: '11–15', min: 11, max: 15 },
  { label: '16–20', min: 16, max: 20 },
  { label: '21–25', min: 21, max: 25 },
  { label: '26–30', min: 26, max: 30 },
  { label: 'over 30', min: 31, max: Number.POSITIVE_INFINITY },
];

export interface CaseloadSummary {
  readonly workers: number;
  readonly children: number;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Workers per band, in CASELOAD_BANDS order. */
  readonly distribution: number[];
}

export interface TeamCaseloads extends CaseloadSummary {
  readonly team: string | null;
}

export interface WorkerCaseload {
  readonly worker: string;
  readonly team: string | null;
  readonly children: number;
}

export interface CaseloadReport {
  readonly asAt: string;
  readonly overall: CaseloadSummary;
  readonly teams: TeamCaseloads[];
  readonly workers: WorkerCaseload[];
}

export function summarise(caseloads: readonly number[]): CaseloadSummary {
  const children = caseloads.reduce((a, b) => a + b, 0);
  return {
    workers: caseloads.length,
    children,
    mean: caseloads.length ? Math.round((children / caseloads.length) * 10) / 10 : null,
    min: caseloads.length ? Math.min(...caseloads) : null,
    max: caseloads.length ? Math.max(...caseloads) : null,
    distribution: CASELOAD_BANDS.map((b) => caseloads.filter((c) => c >= b.min && c <= b.max).length),
  };
}

/**
 * Caseloads from the Annex A allocations as at D: the (worker, child) pairs of the caseload
 * measures' cohort, by worker and by team (a worker with children in two teams counts in each).
 */
export async function caseloadReport(db: Database, point: AsAtPoint, scope: Scope = {}): Promise<CaseloadReport> {
  const m = measureById('caseload_mean');
  if (!m) throw new Error('caseload_mean is missing from the catalogue');
  const pairs = await drill(db, point, m, scope);
  const perWorker = new Map<string, { worker: string; team: string | null; children: number }>();
  const perTeamWorker = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    const key = (p.worker ?? '').toLowerCase();
    const w = perWorker.get(key) ?? { worker: p.worker ?? '', team: p.team, children: 0 };
    w.children += 1;
    perWorker.set(key, w);
    const team = p.team ?? '';
    const tw = perTeamWorker.get(team) ?? new Map<string, number>();
    tw.set(key, (tw.get(key) ?? 0) + 1);
    perTeamWorker.set(team, tw);
  }
  const workers = [...perWorker.values()].sort((a, b) => b.children - a.children || a.worker.localeCompare(b.worker));
  const teams = [...perTeamWorker.entries()]
    .map(([team, ws]) => ({ team: team || null, ...summarise([...ws.values()]) }))
    .sort((a, b) => (a.team ?? '\uffff').localeCompare(b.team ?? '\uffff'));
  return { asAt: point.asAt, overall: summarise(workers.map((w) => w.children)), teams, workers };
}
