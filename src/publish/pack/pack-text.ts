import type { MeasureKind } from '../../measures/measure.js';
import { SUPPRESSED_LABEL } from '../../scorecard/suppression.js';
import { formatCount, formatValue } from '../format.js';
import type { Movement } from './movements.js';
import type { PackMeasure } from './pack-model.js';
import type { ShownCell, Withheld } from './shown-figure.js';

/**
 * How a pack's cells read, the same in HTML, PDF and Word: a withheld count "<5", a figure
 * withheld to protect one "[c]" (the GOV.UK statistics symbol for confidential), no figure "–".
 */
export const WITHHELD_TEXT: Record<Withheld, string> = { small: SUPPRESSED_LABEL, derived: '[c]' };

/** Month columns the scorecard appendix prints (the scorecard outputs' six); its sparkline draws the whole trend. */
export const APPENDIX_MONTHS = 6;

export const SUPPRESSION_NOTE = `Counts of 1 to 4 are shown as ${SUPPRESSED_LABEL}; figures that would reveal them are shown as [c].`;

export function valueText(kind: MeasureKind, c: ShownCell): string {
  if (c.withheld) return WITHHELD_TEXT[c.withheld];
  return formatValue({ kind, value: c.n });
}

/** A numerator or denominator: blank when the figure has none (a count has no denominator). */
export function countText(c: ShownCell): string {
  if (c.withheld) return WITHHELD_TEXT[c.withheld];
  return formatCount(c.n);
}

/** "+3.2 points" / "−12%": signed, with a true minus sign. */
export function movementText(m: Pick<Movement, 'change' | 'unit'>): string {
  const sign = m.change > 0 ? '+' : '−';
  const size = Math.abs(m.change).toFixed(1);
  return m.unit === 'points' ? `${sign}${size} points` : `${sign}${size}%`;
}

/** "72.4% (155 of 214)", "32.5 per 10,000 (163)", "18.2 (546 ÷ 30)", with withheld cells as they print. */
export function figureSentence(m: Pick<PackMeasure, 'kind' | 'figure'>): string {
  const v = valueText(m.kind, m.figure.value);
  const num = countText(m.figure.numerator);
  const den = countText(m.figure.denominator);
  switch (m.kind) {
    case 'count':
      return v;
    case 'rate':
      return num ? `${v} per 10,000 (${num})` : v;
    case 'mean':
      return num && den ? `${v} (${num} ÷ ${den})` : v;
    case 'percent':
      return num && den ? `${v} (${num} of ${den})` : v;
  }
}

export function targetText(m: PackMeasure): string {
  const f = (v: number | null) => (v === null ? null : formatValue({ kind: m.kind, value: v }));
  const min = f(m.targets.minimum);
  const upper = f(m.targets.upper);
  if (min && upper) return `${min} / ${upper}`;
  return min ?? upper ?? '';
}

export function benchmarkItems(m: PackMeasure): string[] {
  const b = m.benchmarks;
  const out: string[] = [];
  const item = (name: string, v: { value: number; year: string } | null) => {
    if (v) out.push(`${name} ${formatValue({ kind: m.kind, value: v.value })} (${v.year})`);
  };
  item('England', b.england);
  item('Statistical neighbours', b.statisticalNeighbours);
  item(b.region?.label && b.region.label !== 'region' ? b.region.label : 'Region', b.region);
  return out;
}
