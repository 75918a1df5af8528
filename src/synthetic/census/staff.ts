import { type IsoDate, isoToDay } from '../../model/dates.js';
import type { Authority, Team, TeamKind } from '../model.js';
import { workerNames } from '../names.js';
import { Rng, hashString, weights } from '../rng.js';
import { holderAt } from '../workforce.js';
import { annexAListsAt } from '../extract.js';

/**
 * The people behind an invented authority's workforce files: each case-holding worker of its
 * teams (as Annex A allocates them) with the facts the census and the local templates share
 * (agency or employed, FTE, staff number, Social Work England number), and the managers the
 * Annex A lists never name (team managers, who supervise and record oversight; service and
 * senior managers). Every fact is drawn from the seed and the person's name, so the census and
 * the establishment agree, and every file is the same whichever is written first.
 */

export interface StaffMember {
  readonly name: string;
  readonly team: string;
  readonly kind: TeamKind;
  /** Staff (payroll) number. */
  readonly staffId: string;
  /** Invented Social Work England number: `SW` and ten digits, as the DfE schema's pattern has it. */
  readonly sweNo: string;
  readonly agency: boolean;
  readonly fte: number;
}

export interface Staff {
  /** Case-holding workers: exactly the workers of the authority's teams. */
  readonly workers: readonly StaffMember[];
  /** One manager per team, by team name (supervisor and oversight manager). */
  readonly teamManagers: ReadonlyMap<string, StaffMember>;
  /** One service (middle) manager per kind of team. */
  readonly serviceManagers: ReadonlyMap<TeamKind, StaffMember>;
  readonly seniorManagers: readonly StaffMember[];
  /** Quality-assurance auditors. */
  readonly auditors: readonly string[];
}

/** Share of case-holding workers who are agency workers (England: 17.8% of FTE, CSWW 2023). */
export const AGENCY_SHARE = 0.18;

const FTES = weights<number>([
  [1, 0.8],
  [0.8, 0.1],
  [0.6, 0.05],
  [0.5, 0.05],
]);

export const SERVICE_AREAS: Record<TeamKind, string> = {
  'front-door': 'Front door',
  assessment: 'Assessment',
  disabled: 'Children with disabilities',
  cin: 'Children in need',
  cp: 'Child protection',
  cla: 'Children in care',
  'leaving-care': 'Leaving care',
};

function member(seed: number, name: string, team: string, kind: TeamKind, agencyShare: number): StaffMember {
  const rng = Rng.derive(seed, 'staff', name);
  const digits = String(hashString(`${seed}|swe|${name}`)).padStart(10, '0').slice(-10);
  return {
    name,
    team,
    kind,
    staffId: `E${String(10000 + (hashString(`${seed}|staff|${name}`) % 90000))}`,
    sweNo: `SW${digits}`,
    agency: rng.chance(agencyShare),
    fte: rng.weighted(FTES),
  };
}

/** The authority's staff, from its teams (the same authority and seed give the same staff). */
export function staffOf(a: Authority, seed = a.options.seed): Staff {
  const workers = a.teams.flatMap((t) => t.workers.map((w) => member(seed, w, t.name, t.kind, AGENCY_SHARE)));
  const taken = new Set(workers.map((w) => w.name.toLowerCase()));
  const kinds = [...new Set(a.teams.map((t) => t.kind))];
  const wanted = a.teams.length + kinds.length + 2 + 6;
  const rng = Rng.derive(seed, 'managers');
  const pool = workerNames(rng, wanted + taken.size + 50).filter((n) => !taken.has(n.toLowerCase()));
  let next = 0;
  const take = (): string => pool[next++] as string;
  const manager = (team: Team | null, kind: TeamKind): StaffMember => member(seed, take(), team?.name ?? SERVICE_AREAS[kind], kind, 0);
  const teamManagers = new Map(a.teams.map((t) => [t.name, { ...manager(t, t.kind), fte: 1 }]));
  const serviceManagers = new Map(kinds.map((k) => [k, { ...manager(null, k), fte: 1 }]));
  const seniorManagers = [0, 1].map(() => ({ ...manager(null, 'cp'), team: 'Senior leadership', fte: 1 }));
  const auditors = Array.from({ length: 6 }, take);
  return { workers, teamManagers, serviceManagers, seniorManagers, auditors };
}

/**
 * Children held by each worker on `asAt`, as the Annex A extract of that date allocates them
 * (open CIN, CP and CLA rows and every care leaver, once per child and worker: the caseload
 * measure's own cohort). Outside the dates the authority's extracts cover, the case holder of
 * each open stretch of a case is used instead.
 */
export function casesAt(a: Authority, asAt: IsoDate): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (worker: unknown, child: unknown): void => {
    if (typeof worker !== 'string' || !worker || typeof child !== 'string') return;
    const key = worker.toLowerCase();
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(child);
  };
  if (asAt >= (a.asAts[0] as IsoDate) && asAt <= a.options.asAt) {
    const lists = annexAListsAt(a, asAt);
    const open: Record<number, string | null> = { 6: 'cin_closure', 7: 'cp_end', 8: 'cla_end', 9: null };
    for (const [n, endKey] of Object.entries(open)) {
      for (const row of lists.get(Number(n)) ?? []) if (!endKey || row[endKey] === null || row[endKey] === undefined) add(row.worker, row.child_id);
    }
    return out;
  }
  const day = isoToDay(asAt);
  for (const c of a.children) {
    if (!c.phases.some((p) => p.from <= day && p.to > day && p.kind !== 'front-door')) continue;
    add(holderAt(c, day)?.worker, c.id);
  }
  return out;
}
