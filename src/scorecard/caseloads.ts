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

/** Census roles (OrgRole), as the DfE codes them. */
export const ORG_ROLES: Readonly<Record<string, string>> = {
  '1': 'Senior manager',
  '2': 'Middle manager',
  '3': 'First line manager',
  '4': 'Senior practitioner',
  '5': 'Case holder',
  '6': 'Qualified, not holding cases',
};

export interface PostTypeRow {
  readonly role: string;
  readonly headcount: number;
  readonly fte: number;
  readonly agencyHeadcount: number;
  readonly agencyFte: number;
  /** Cases30 of the role's workers holding cases: mean, least and most. */
  readonly casesMean: number | null;
  readonly casesMin: number | null;
  readonly casesMax: number | null;
}

export interface EstablishmentRow {
  readonly team: string | null;
  readonly funded: number;
  readonly permanent: number;
  readonly agency: number;
  readonly vacant: number;
}

export interface WorkforceReport {
  /** The census read (the latest on or before D), or null when none is loaded. */
  readonly census: { extractId: number; referenceDate: string; vacanciesFte: number | null; agencyFte: number | null } | null;
  readonly byPost: PostTypeRow[];
  /** Cases30 of case holders (roles 4 and 5) as a distribution. */
  readonly cases30: CaseloadSummary | null;
  /** The establishment file read (the latest on or before D). */
  readonly establishment: { extractId: number; asAt: string; teams: EstablishmentRow[] } | null;
}

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/** Posts by type and Cases30 from the workforce census, and the establishment by team, current at D. */
export async function workforceReport(db: Database, point: AsAtPoint): Promise<WorkforceReport> {
  const census = point.others.workforce;
  const est = point.others['local-establishment'];
  let censusInfo: WorkforceReport['census'] = null;
  let byPost: PostTypeRow[] = [];
  let cases30: CaseloadSummary | null = null;
  if (census) {
    const la = await db.all<{ reference_date: string; vacancies_fte: number | null; agency_fte: number | null }>(
      'SELECT reference_date, vacancies_fte, agency_fte FROM workforce_la WHERE extract_id = $1',
      [census.extractId],
    );
    censusInfo = { extractId: census.extractId, referenceDate: la[0]?.reference_date ?? census.asAt, vacanciesFte: la[0]?.vacancies_fte ?? null, agencyFte: la[0]?.agency_fte ?? null };
    const rows = await db.all<{ org_role: string | null; headcount: number; fte: number | null; agency_headcount: number; agency_fte: number | null; cases_mean: number | null; cases_min: number | null; cases_max: number | null }>(
      `SELECT org_role,
         count(DISTINCT coalesce(swe_hash, CAST(position AS VARCHAR))) AS headcount,
         sum(coalesce(fte, 0)) AS fte,
         count(DISTINCT CASE WHEN agency_worker THEN coalesce(swe_hash, CAST(position AS VARCHAR)) END) AS agency_headcount,
         sum(CASE WHEN agency_worker THEN coalesce(fte, 0) ELSE 0 END) AS agency_fte,
         avg(CASE WHEN cases30 > 0 THEN cases30 END) AS cases_mean,
         min(CASE WHEN cases30 > 0 THEN cases30 END) AS cases_min,
         max(CASE WHEN cases30 > 0 THEN cases30 END) AS cases_max
       FROM workforce_workers WHERE extract_id = $1 AND role_end_date IS NULL
       GROUP BY org_role ORDER BY org_role`,
      [census.extractId],
    );
    byPost = rows.map((r) => ({
      role: r.org_role ? (ORG_ROLES[r.org_role] ?? `Role ${r.org_role}`) : 'Role not recorded',
      headcount: r.headcount,
      fte: round1(r.fte) ?? 0,
      agencyHeadcount: r.agency_headcount,
      agencyFte: round1(r.agency_fte) ?? 0,
      casesMean: round1(r.cases_mean),
      casesMin: r.cases_min,
      casesMax: r.cases_max,
    }));
    const cases = await db.all<{ cases30: number }>(
      "SELECT cases30 FROM workforce_workers WHERE extract_id = $1 AND role_end_date IS NULL AND org_role IN ('4', '5') AND cases30 > 0",
      [census.extractId],
    );
    cases30 = summarise(cases.map((c) => c.cases30));
  }
  let establishment: WorkforceReport['establishment'] = null;
  if (est) {
    const teams = await db.all<{ team: string | null; funded: number | null; permanent: number | null; agency: number | null; vacant: number | null }>(
      `SELECT team, sum(funded_fte) AS funded, sum(permanent_fte) AS permanent, sum(agency_fte) AS agency, sum(vacant_fte) AS vacant
       FROM local_establishment WHERE extract_id = $1 AND (as_at IS NULL OR as_at = (SELECT max(as_at) FROM local_establishment WHERE extract_id = $1 AND as_at <= CAST($2 AS DATE)))
       GROUP BY team ORDER BY team`,
      [est.extractId, point.asAt],
    );
    establishment = {
      extractId: est.extractId,
      asAt: est.asAt,
      teams: teams.map((t) => ({ team: t.team, funded: round1(t.funded) ?? 0, permanent: round1(t.permanent) ?? 0, agency: round1(t.agency) ?? 0, vacant: round1(t.vacant) ?? 0 })),
    };
  }
  return { census: censusInfo, byPost, cases30, establishment };
}
