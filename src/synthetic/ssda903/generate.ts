import { ymdToDay } from '../../model/dates.js';
import { type ChildKind, simulateChild } from './history.js';
import type { ReturnRows, SimChild } from './model.js';
import { returnRows } from './rows.js';

export interface Ssda903GenerateOptions {
  /** About how many children the year's return holds. */
  readonly children: number;
  /** The collection year (its end year: 2025 = April 2024 to March 2025). */
  readonly year: number;
  readonly seed: number;
}

export interface Ssda903Generated {
  readonly children: SimChild[];
  readonly current: ReturnRows;
  /** Last year's return, from the same histories. */
  readonly previous: ReturnRows;
}

/** The mix of children: looked after in the year, on short breaks only, and care leavers (OC3). */
function kindOf(k: number, n: number): ChildKind {
  const f = k / n;
  return f < 0.03 ? 'short-breaks' : f < 0.14 ? 'leaver' : 'cla';
}

/**
 * A year's SSDA903 return and the year before's, from invented histories (deterministic by
 * seed): about 2 episodes a child and every table. The histories always cover both years, so
 * this year's return is the same whether or not last year's is used.
 */
export function generateSsda903(o: Ssda903GenerateOptions): Ssda903Generated {
  if (!Number.isInteger(o.children) || o.children < 1) throw new RangeError(`children must be a whole number of 1 or more, not ${o.children}`);
  const bounds = { first: ymdToDay(o.year - 2, 4, 1), start: ymdToDay(o.year - 1, 4, 1), end: ymdToDay(o.year, 3, 31), year: o.year };
  // About one in seven histories simulated ends before the year (care ended, not a care leaver): simulate more.
  const n = Math.round(o.children * 1.16);
  const children: SimChild[] = [];
  for (let k = 0; k < n; k++) children.push(simulateChild({ kind: kindOf(k, n), index: k, seed: o.seed, bounds }));
  return { children, current: returnRows(children, o.year), previous: returnRows(children, o.year - 1) };
}
