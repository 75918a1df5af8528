import type { Measure } from './measure.js';
import { PERIOD_LABELS } from './periods.js';
import type { FlowPeriod } from './sql-fragments.js';

/** Id and title of a flow measure's variant for a period: `assessments_45wd` → `assessments_45wd_ytd`. */
export function variantId(base: string, period: FlowPeriod, monthId = base): string {
  if (period === 'month') return monthId;
  return `${base}_${period === 'ytd' ? 'ytd' : 'r12'}`;
}

export function variantTitle(title: string, period: FlowPeriod): string {
  return period === 'month' ? title : `${title} (${PERIOD_LABELS[period].toLowerCase()})`;
}

export const PERIOD_WORDS: Record<FlowPeriod, string> = {
  month: 'the reporting month (1st of the month to D)',
  ytd: 'the financial year to date (1 April to D)',
  rolling12: 'the 12 months to D',
};

/** The period phrase of a definition, in place of "the reporting month". */
export function inPeriod(text: string, period: FlowPeriod): string {
  return period === 'month' ? text : text.replace(/the reporting month(?: \([^)]*\))?/g, PERIOD_WORDS[period]);
}

/** Every variant a factory makes, for the periods given. */
export function variants(make: (p: FlowPeriod) => Measure, periods: readonly FlowPeriod[]): Measure[] {
  return periods.map(make);
}
