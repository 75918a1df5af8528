import { addWorkingDays, ageAt, birthdayDay, onOrNextWorkingDay } from './days.js';
import type { Child, CpPlan } from './model.js';
import { CP } from './parameters.js';
import { weights } from './rng.js';
import { type Sim, history } from './sim.js';

/**
 * A child protection plan from its start (the ICPC) to its end: the duration follows DfE's
 * bands for ended plans (so a few plans run past two years), statutory visits come every
 * few working days with an occasional late one (so about 85% of open plans were visited
 * within 10 working days), and review conferences follow the 3-month then 6-month rhythm.
 */
export function simulateCpPlan(sim: Sim, child: Child, start: number, epoDay: number | null): CpPlan {
  const rng = sim.rng.cases;
  const [lo, hi] = rng.weighted(CP.durationBands);
  const to18 = birthdayDay(child.dob, 18);
  const end = Math.min(start + rng.int(lo, hi), to18);
  if (child.priorCpPlans === null) child.priorCpPlans = rng.chance(CP.priorPlanShare) ? rng.weighted(PRIOR_PLANS) : 0;
  const previousPlans = child.priorCpPlans + child.cp.length;
  const until = Math.min(end, sim.last);

  const visits = history(start, until, sim.keepFrom, (d) =>
    addWorkingDays(d, rng.chance(CP.visitOnTime) ? rng.int(3, 10) : rng.int(11, 20)),
  );
  const alone = ageAt(child.dob, start) >= 4 ? 0.8 : 0.08;
  const seenAlone = visits.map(() => rng.chance(alone));
  const reviews = history(onOrNextWorkingDay(start + rng.int(55, 88)), until, sim.keepFrom, (d) =>
    onOrNextWorkingDay(d + (rng.chance(0.94) ? rng.int(140, 180) : rng.int(184, 230))),
  );
  const initialCategory = rng.weighted(CP.categories);
  let latestCategory = initialCategory;
  let categoryChange: number | null = null;
  const firstReview = start + 90;
  if (end > firstReview && rng.chance(CP.categoryChange)) {
    for (let k = 0; k < 5 && latestCategory === initialCategory; k++) latestCategory = rng.weighted(CP.categories);
    categoryChange = latestCategory === initialCategory ? null : firstReview;
  }
  return {
    start,
    end,
    initialCategory,
    latestCategory,
    categoryChange,
    previousPlans,
    epoDay,
    visits,
    seenAlone,
    reviews,
  };
}

const PRIOR_PLANS = weights<number>([
  [1, 0.75],
  [2, 0.2],
  [3, 0.05],
]);
