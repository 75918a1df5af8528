import type { MeasureKind, Polarity } from '../measures/measure.js';
import { type IsoDate, addMonths, monthEnd, monthStart } from '../model/dates.js';

export interface TrendPoint {
  readonly asAt: IsoDate;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The loaded data covers this point's whole period. */
  readonly coverage: boolean;
}

/**
 * The dates of a trend ending at D: the N − 1 month ends before D's month, then D (a month
 * end in the usual monthly cycle), oldest first.
 */
export function trendDates(asAt: IsoDate, points: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let k = points - 1; k >= 1; k--) out.push(monthEnd(addMonths(monthStart(asAt), -k)));
  out.push(asAt);
  return out;
}

export type Direction = 'up' | 'down' | 'level';

/**
 * Direction of travel from the previous point to D: level when the change is under half a
 * percentage point (percentages) or under 2% of the previous figure (other kinds); improving
 * when the change goes the measure's good way (null for measures with no good direction).
 */
export function directionOf(trend: readonly TrendPoint[], kind: MeasureKind, polarity: Polarity): { direction: Direction | null; improving: boolean | null } {
  const current = trend[trend.length - 1];
  const previous = trend[trend.length - 2];
  if (!current || !previous || current.value === null || previous.value === null) return { direction: null, improving: null };
  const change = current.value - previous.value;
  const threshold = kind === 'percent' ? 0.5 : Math.abs(previous.value) * 0.02;
  if (Math.abs(change) < threshold || change === 0) return { direction: 'level', improving: null };
  const direction: Direction = change > 0 ? 'up' : 'down';
  if (polarity === 'context') return { direction, improving: null };
  return { direction, improving: (direction === 'up') === (polarity === 'higher') };
}

export const ARROWS: Record<Direction, string> = { up: '↗', down: '↘', level: '→' };
