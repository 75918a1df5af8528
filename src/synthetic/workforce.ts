import type { Allocation, Child, Team, TeamKind } from './model.js';
import { workerNames } from './names.js';
import { VOLUMES, WORKFORCE } from './parameters.js';
import { Rng, hashString } from './rng.js';
import type { Sim } from './sim.js';

/**
 * Teams and workers, sized from the simulated caseload (about 17 open children per
 * case-holding worker at the last as-at date), and each child's allocations: a worker per
 * stretch of the case, a hand-over to a colleague now and then, and sometimes a wait for a
 * worker after a transfer (which is what leaves about 2% of open children unallocated).
 */
export function staffAuthority(sim: Sim): Team[] {
  const rng = Rng.derive(sim.seed, 'workforce');
  const open = new Map<TeamKind, number>();
  for (const c of sim.children) {
    const kinds = new Set<TeamKind>();
    for (const p of c.phases) if (p.from <= sim.last && p.to > sim.last) kinds.add(p.kind);
    for (const k of kinds) open.set(k, (open.get(k) ?? 0) + 1);
  }
  const need = (kind: TeamKind): number => {
    if (kind === 'front-door') return Math.ceil((VOLUMES.referralsPerYear * sim.scale) / 12 / WORKFORCE.referralsPerFrontDoorWorker);
    const load = kind === 'assessment' ? WORKFORCE.assessmentLoad : WORKFORCE.caseload;
    return Math.max(1, Math.round((open.get(kind) ?? 0) / load));
  };

  const plan = KINDS.map((kind) => {
    const workers = need(kind);
    const teams = Math.max(1, Math.min(TEAM_NAMES[kind].length, Math.round(workers / 9)));
    return { kind, workers, teams };
  });
  const names = workerNames(rng, plan.reduce((s, p) => s + Math.max(p.workers, p.teams), 0));
  let next = 0;
  const teams: Team[] = [];
  const byKind = new Map<TeamKind, Team[]>();
  for (const p of plan) {
    const list: Team[] = [];
    const total = Math.max(p.workers, p.teams);
    for (let i = 0; i < p.teams; i++) {
      const size = Math.floor(total / p.teams) + (i < total % p.teams ? 1 : 0);
      const name = p.teams === 1 ? (TEAM_NAMES[p.kind][0] as string).replace(/ (North|1)$/, '') : (TEAM_NAMES[p.kind][i] as string);
      const team: Team = { name, kind: p.kind, workers: names.slice(next, next + size) };
      next += size;
      list.push(team);
      teams.push(team);
    }
    byKind.set(p.kind, list);
  }

  const teamFor = (child: Child, kind: TeamKind): Team => {
    const list = byKind.get(kind) as Team[];
    return list[hashString(`${child.id}|${kind}`) % list.length] as Team;
  };
  const horizon = sim.first - 220;
  for (const child of sim.children) {
    for (const r of child.referrals) {
      const team = teamFor(child, 'front-door');
      r.team = team.name;
      r.worker = rng.pick(team.workers);
    }
    for (const a of child.assessments) {
      const team = teamFor(child, a.disabledChildren ? 'disabled' : 'assessment');
      a.team = team.name;
      a.worker = rng.pick(team.workers);
    }
    for (const s of child.s47s) {
      s.team = s.assessment.team;
      s.worker = s.assessment.worker;
    }
    const allocations: Allocation[] = [];
    for (const p of child.phases) {
      if (p.to < horizon || p.to <= p.from) continue;
      if (p.assessment) {
        allocations.push({ from: p.from, team: p.assessment.team, worker: p.assessment.worker });
        continue;
      }
      const team = teamFor(child, p.kind);
      for (let d = p.from; d < p.to; ) {
        const gap = rng.chance(WORKFORCE.unallocatedGapShare) ? 1 + Math.round(rng.exp(WORKFORCE.unallocatedGapMeanDays)) : 0;
        if (gap > 0) allocations.push({ from: d, team: team.name, worker: null });
        if (d + gap >= p.to) break;
        allocations.push({ from: d + gap, team: team.name, worker: rng.pick(team.workers) });
        d += gap + Math.max(30, Math.round(rng.exp(WORKFORCE.reallocationMeanDays)));
      }
    }
    allocations.sort((a, b) => a.from - b.from);
    child.allocations = allocations;
  }
  return teams;
}

/** Who held the child's case on `day` (undefined before the first allocation). */
export function holderAt(child: Child, day: number): Allocation | undefined {
  const all = child.allocations;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as Allocation).from <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? all[lo - 1] : undefined;
}

const KINDS: readonly TeamKind[] = ['front-door', 'assessment', 'disabled', 'cin', 'cp', 'cla', 'leaving-care'];

const TEAM_NAMES: Record<TeamKind, readonly string[]> = {
  'front-door': ['Front Door (MASH) 1', 'Front Door (MASH) 2', 'Front Door (MASH) 3', 'Front Door (MASH) 4'],
  assessment: ['Assessment Team North', 'Assessment Team South', 'Assessment Team East', 'Assessment Team West', 'Assessment Team Central', 'Assessment Team 6', 'Assessment Team 7', 'Assessment Team 8'],
  disabled: ['Children with Disabilities Team 1', 'Children with Disabilities Team 2', 'Children with Disabilities Team 3'],
  cin: ['Child in Need Team North', 'Child in Need Team South', 'Child in Need Team East', 'Child in Need Team West', 'Child in Need Team Central', 'Child in Need Team 6', 'Child in Need Team 7', 'Child in Need Team 8', 'Child in Need Team 9', 'Child in Need Team 10'],
  cp: ['Child Protection Team 1', 'Child Protection Team 2', 'Child Protection Team 3', 'Child Protection Team 4', 'Child Protection Team 5', 'Child Protection Team 6', 'Child Protection Team 7', 'Child Protection Team 8'],
  cla: ['Children in Care Team 1', 'Children in Care Team 2', 'Children in Care Team 3', 'Children in Care Team 4', 'Children in Care Team 5', 'Children in Care Team 6', 'Children in Care Team 7', 'Children in Care Team 8'],
  'leaving-care': ['Leaving Care Team 1', 'Leaving Care Team 2', 'Leaving Care Team 3', 'Leaving Care Team 4', 'Leaving Care Team 5', 'Leaving Care Team 6'],
};
