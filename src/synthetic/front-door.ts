import { type DirectEntry, startReferral } from './case-path.js';
import { birthdayDay, isWorkingDay } from './days.js';
import type { Child } from './model.js';
import { CONTACT_RATES, FRONT_DOOR, REFERRAL_AGE, UASC_ETHNICITY, VOLUMES } from './parameters.js';
import { weights } from './rng.js';
import { createChild, dobForAge, type Sim } from './sim.js';

/**
 * Referrals day by day over the simulated years (most on working days, a few at weekends from
 * the police and the emergency duty team). Each referral is for a child referred in the past
 * year (a re-referral), a child known from longer ago, or a child new to the service; only a
 * child whose earlier episode has closed can be referred again.
 */

/** Weekend days carry this share of a working day's referrals. */
const WEEKEND_SHARE = 0.15;
/** A child is not referred anew within this many days of turning 18 (the episode could not run). */
const MIN_DAYS_TO_18 = 120;

interface Referred {
  readonly child: Child;
  readonly day: number;
}

export function simulateReferrals(sim: Sim, la: string): void {
  const rng = sim.rng.front;
  const perDay = (VOLUMES.referralsPerYear * sim.scale) / 365;
  const workingMean = (perDay * 7) / (5 + 2 * WEEKEND_SHARE);
  const directPerDay = (VOLUMES.directClaEntriesPerYear * sim.scale) / 365;
  const recent: Referred[] = [];
  let lo = 0;

  const usable = (c: Child, t: number): boolean => {
    const last = c.referrals[c.referrals.length - 1]?.day ?? -Infinity;
    return c.freeFrom <= t && last < t && c.careLeaver === null && birthdayDay(c.dob, 18) - t > MIN_DAYS_TO_18;
  };
  const pickChild = (t: number): Child => {
    const r = rng.next();
    if (r < FRONT_DOOR.rereferral && recent.length > lo) {
      for (let k = 0; k < 30; k++) {
        const e = recent[lo + rng.int(0, recent.length - lo - 1)] as Referred;
        if (usable(e.child, t)) return e.child;
      }
    } else if (r < FRONT_DOOR.rereferral + FRONT_DOOR.knownBefore && lo > 0) {
      for (let k = 0; k < 30; k++) {
        const e = recent[rng.int(0, lo - 1)] as Referred;
        const last = e.child.referrals[e.child.referrals.length - 1]?.day ?? -Infinity;
        if (last < t - 365 && usable(e.child, t)) return e.child;
      }
    }
    const [a, b] = rng.weighted(REFERRAL_AGE);
    return createChild(sim, { dob: dobForAge(rng, t, rng.int(a, b), MIN_DAYS_TO_18) });
  };

  // Referrals run on past the last as-at date: a child's contacts in the months before a first
  // referral belong in the last extracts too, although the referral itself never shows.
  const end = sim.last + CONTACT_RATES.beforeReferralDays;
  for (let t = sim.flowStart; t <= end; t++) {
    while (lo < recent.length && (recent[lo] as Referred).day < t - 365) lo++;
    const n = rng.poisson(isWorkingDay(t) ? workingMean : workingMean * WEEKEND_SHARE);
    for (let i = 0; i < n; i++) {
      const child = pickChild(t);
      startReferral(sim, child, t, la);
      recent.push({ child, day: t });
    }
    const m = t <= sim.last ? rng.poisson(directPerDay) : 0;
    for (let i = 0; i < m; i++) {
      const { child, kind } = directEntryChild(sim, t);
      startReferral(sim, child, t, la, kind);
      recent.push({ child, day: t });
    }
  }
}

/** A child coming into care without an earlier open case: UASC, a teenager under s20, a baby. */
function directEntryChild(sim: Sim, t: number): { child: Child; kind: DirectEntry } {
  const rng = sim.rng.front;
  const r = rng.next();
  let child: Child;
  let kind: DirectEntry;
  if (r < VOLUMES.uascShareOfDirect) {
    kind = 'uasc';
    const age = rng.weighted(UASC_AGE);
    child = createChild(sim, {
      dob: dobForAge(rng, t, age, 90),
      gender: rng.chance(0.92) ? 'Male' : 'Female',
      ethnicity: rng.weighted(UASC_ETHNICITY),
      disability: 'No',
    });
  } else if (r < VOLUMES.uascShareOfDirect + (1 - VOLUMES.uascShareOfDirect) * 0.55) {
    kind = 's20';
    child = createChild(sim, { dob: dobForAge(rng, t, rng.int(12, 17), MIN_DAYS_TO_18) });
  } else {
    kind = 'baby';
    child = createChild(sim, { dob: t - rng.int(0, 20) });
  }
  return { child, kind };
}

const UASC_AGE = weights<number>([
  [15, 0.2],
  [16, 0.45],
  [17, 0.35],
]);
