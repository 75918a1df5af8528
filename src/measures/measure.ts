import type { OtherSource } from './as-at.js';
import type { PeriodType } from './periods.js';

/**
 * A measure: for an as-at date D, a cohort of rows (one per child, plan, referral…) and a flag
 * saying which rows are in the numerator. The figure, its breakdowns and its drill-down list
 * are the same cohort aggregated differently.
 */
/**
 * The contract's kinds: a count, a percentage, or a mean (children per worker); and a rate
 * per 10,000 children aged 0–17 (numerator × 10,000 ÷ the configured population).
 */
export type MeasureKind = 'count' | 'percent' | 'mean' | 'rate';
/**
 * How cohort rows become the figure: `rows` counts numerator rows (and all rows for the
 * denominator); `pairs-per-worker` divides (worker, child) rows by distinct workers;
 * `largest-per-worker` takes the most rows any one worker has; `average` is the mean of the
 * cohort's `metric` column over rows where it is not null (sum ÷ count, as numerator and
 * denominator), e.g. days from entering care to placement for adoption; `sums` divides the sum
 * of `metric` over the numerator's rows by the sum of `weight` over all rows (nulls add
 * nothing), for figures weighted by FTE such as an agency rate or cases per FTE (a count is
 * the numerator's sum, e.g. FTE in post); `largest` takes the largest `metric` among the
 * numerator's rows (a count, e.g. the most cases one worker holds in the census).
 */
export type Aggregation = 'rows' | 'pairs-per-worker' | 'largest-per-worker' | 'average' | 'sums' | 'largest';
export type Polarity = 'higher' | 'lower' | 'context';
export type Theme =
  | 'front-door'
  | 'assessment'
  | 'child-protection'
  | 'child-in-need'
  | 'looked-after'
  | 'care-leavers'
  | 'workforce'
  | 'quality-assurance'
  | 'data-quality';

export const THEME_TITLES: Record<Theme, string> = {
  'front-door': 'Front door: contacts and referrals',
  assessment: 'Assessment',
  'child-in-need': 'Children in need',
  'child-protection': 'Child protection',
  'looked-after': 'Children looked after',
  'care-leavers': 'Care leavers',
  workforce: 'Workforce, caseloads and allocation',
  'quality-assurance': 'Management oversight, supervision and audit',
  'data-quality': 'Data quality',
};

export interface MeasureDetail {
  /** Column the cohort query returns. */
  readonly key: string;
  readonly label: string;
}

export interface MeasureDefinition {
  /** What is counted on top (numerator), in words. */
  readonly numerator: string;
  /** The rows the figure is over (null for counts). */
  readonly denominator: string | null;
  /** Edge cases and conventions that belong to the definition. */
  readonly notes: readonly string[];
  /** Where the definition comes from. */
  readonly source: string;
}

export interface Measure {
  readonly id: string;
  readonly title: string;
  readonly theme: Theme;
  readonly kind: MeasureKind;
  /** The period the figure covers: a snapshot at D, or events in the month, year to date or rolling year to D. */
  readonly period: PeriodType;
  /** Default: `rows` for counts and percentages, `pairs-per-worker` for means. */
  readonly aggregation?: Aggregation;
  readonly polarity: Polarity;
  /** What one unit of the figure is: '%', 'contacts', 'children per worker'… */
  readonly unit: string;
  /** Annex A lists the measure reads (e.g. [6, 7, 8, 9]); empty for a measure of another source. */
  readonly lists: readonly number[];
  /**
   * The source a measure reads instead of Annex A (the workforce census, a local template),
   * through the `asat` column naming that source's extract current at D.
   */
  readonly source?: OtherSource;
  readonly definition: MeasureDefinition;
  /** Extra columns of the drill-down, in order. */
  readonly details: readonly MeasureDetail[];
  /**
   * SQL of the cohort, over the relation `asat(as_at, extract_id, month_start, d_minus_42,
   * d_minus_365, d_minus_2y)`. Returns `as_at, extract_id, sheet, row_number, child_id, team,
   * worker, worker_key, in_numerator, reason` and the detail columns.
   */
  readonly cohortSql: string;
}
