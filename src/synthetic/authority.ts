import { type IsoDate, addMonths, isIsoDate, isoToDay, monthEnd, monthStart } from '../model/dates.js';
import { simulateAdopters } from './adopters.js';
import { simulateContacts } from './contacts.js';
import { addMonthsDay } from './days.js';
import { simulateReferrals } from './front-door.js';
import type { Authority, SimulationOptions } from './model.js';
import { authorityName } from './names.js';
import { BASE_CHILDREN } from './parameters.js';
import { Rng } from './rng.js';
import { createSim } from './sim.js';
import { seedCareStock } from './stock.js';
import { staffAuthority } from './workforce.js';

export type { Authority, SimulationOptions } from './model.js';
export { type AnnexALists, type AnnexARow, annexAListsAt } from './extract.js';

/** Years of referrals simulated before the first extract, so that every stock has settled. */
const WARM_UP_MONTHS = 36;

/**
 * Invents a local authority: its children with their full histories (contacts, referrals,
 * assessments, s47 enquiries, plans, periods of care, leaving care, adoption), its prospective
 * adopters, and its teams and workers, enough to lay out an extract at every month end from
 * `months − 1` months before `asAt` up to `asAt`. The same options always give the same
 * authority.
 */
export function simulateAuthority(o: SimulationOptions): Authority {
  if (!isIsoDate(o.asAt)) throw new RangeError(`asAt is not a date (expected YYYY-MM-DD): ${o.asAt}`);
  if (!Number.isInteger(o.months) || o.months < 1) throw new RangeError(`months must be a whole number of 1 or more, not ${o.months}`);
  if (!Number.isFinite(o.children) || o.children < 1) throw new RangeError(`children must be 1 or more, not ${o.children}`);
  if (!Number.isInteger(o.seed)) throw new RangeError(`seed must be a whole number, not ${o.seed}`);

  const asAts = extractDates(o.asAt, o.months);
  const first = isoToDay(asAts[0] as IsoDate);
  const last = isoToDay(o.asAt);
  const sim = createSim(o.seed, o.children / BASE_CHILDREN, first, last, addMonthsDay(first, -WARM_UP_MONTHS), addMonthsDay(first, -6) - 3);
  const rng = Rng.derive(o.seed, 'authority');
  const name = authorityName(rng);
  const laCode = String(rng.int(990, 999));

  seedCareStock(sim, laCode);
  simulateReferrals(sim, laCode);
  simulateContacts(sim);
  simulateAdopters(sim);
  const teams = staffAuthority(sim);
  return { name, laCode, options: { ...o }, asAts, teams, children: sim.children, adopterFamilies: sim.adopterFamilies };
}

/**
 * The as-at dates of `months` monthly extracts ending at `asAt`: the month ends before it,
 * then `asAt` itself (normally a month end too).
 */
export function extractDates(asAt: IsoDate, months: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let k = months - 1; k >= 1; k--) out.push(monthEnd(addMonths(monthStart(asAt), -k)));
  out.push(asAt);
  return out;
}
