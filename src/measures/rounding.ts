/**
 * 100 × numerator ÷ denominator rounded half-up to 4 decimal places, computed with integers so
 * that 2 ÷ 3 gives 66.6667 and a true half always rounds up (floating-point 66.66665 may not).
 */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.floor((2 * numerator * 1_000_000 + denominator) / (2 * denominator)) / 10_000;
}

/** numerator ÷ denominator rounded half-up to 4 decimal places (null when denominator is 0). */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.floor((2 * numerator * 10_000 + denominator) / (2 * denominator)) / 10_000;
}
