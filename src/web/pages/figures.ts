import type { MeasureKind } from '../../measures/measure.js';
import { formatCount, formatValue } from '../../publish/format.js';
import { SUPPRESSED_LABEL } from '../../scorecard/suppression.js';

/** A figure as a page shows it: "<5" when withheld, "–" when there is none. */
export function figureText(kind: MeasureKind, value: number | null, suppressed = false): string {
  if (suppressed) return SUPPRESSED_LABEL;
  return formatValue({ kind, value });
}

export function countText(n: number | null | undefined, suppressed = false): string {
  if (suppressed) return SUPPRESSED_LABEL;
  return n === null || n === undefined ? '–' : formatCount(n);
}

/** Numbers with a fraction (FTE sums, means) read with one decimal place, counts as whole numbers. */
export function amountText(n: number | null | undefined, suppressed = false): string {
  if (suppressed) return SUPPRESSED_LABEL;
  if (n === null || n === undefined) return '–';
  return Number.isInteger(n) ? formatCount(n) : n.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}
