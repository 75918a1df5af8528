import { sharedRelation } from '../shared-relations.js';
import type { Measure, MeasureDetail } from '../measure.js';
import type { FlowPeriod } from '../sql-fragments.js';

/**
 * SQL shared by the extended catalogue (the measures beyond spec/measures-core.md), in the
 * dialect DuckDB and PostgreSQL share: EXTRACT, CASE, coalesce, window functions and
 * `date − integer` only; working days only through the `calendar` table.
 */

/** The standard cohort columns, read from a relation aliased `q` that already has `worker_key`. */
const STANDARD = 'q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key';

/**
 * A cohort query: the standard columns, the numerator flag and its reason, then one column per
 * detail (each a column of `from`, so computed details are computed there), then `extra`
 * (e.g. `, q.working_days AS metric` for an average).
 */
export function cohort(from: string, inNumerator: string, reason: string, details: readonly MeasureDetail[], where = 'TRUE', extra = ''): string {
  return `SELECT ${STANDARD}, ${inNumerator} AS in_numerator, ${reason} AS reason${details.map((d) => `, q.${d.key}`).join('')}${extra}
FROM (${from}) q
WHERE ${where}`;
}

/** `relation` with `worker_key` added (lists 3–9 carry a worker). */
export function withWorkerKey(relation: string, alias = 'r'): string {
  return `SELECT ${alias}.*, lower(${alias}.worker) AS worker_key FROM ${relation} ${alias}`;
}

/** `relation` with no team or worker (lists 1, 10 and 11): null team, worker and worker key. */
export function withoutWorker(relation: string, alias = 'r'): string {
  return `SELECT ${alias}.*, CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS worker, CAST(NULL AS VARCHAR) AS worker_key FROM ${relation} ${alias}`;
}

/**
 * One row per (as-at, child) of `relation`: the first by `order` (e.g. `cla_start DESC` for the
 * latest start). Ties fall to the earlier row of the file.
 */
export function onePerChild(relation: string, order: string): string {
  return `SELECT o.* FROM (
  SELECT r.*, row_number() OVER (PARTITION BY r.as_at, r.child_id ORDER BY ${order}, r.row_number) AS per_child
  FROM (${relation}) r
) o WHERE o.per_child = 1`;
}

/** A Yes/No code column is Yes (blank, unreadable, No and Unknown are not). */
export const isYes = (col: string): string => `coalesce(${col} = 'Yes', FALSE)`;

/** A code column holds one of `codes` (stored canonical codes; blank or unreadable is none). */
export function codeIn(col: string, codes: readonly string[]): string {
  return `coalesce(${col} IN (${codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ')}), FALSE)`;
}

/** `'label: ' || value` with blanks shown as "blank" (a code or text column). */
export function shown(label: string, col: string): string {
  return `'${label}: ' || coalesce(CAST(${col} AS VARCHAR), 'blank')`;
}

/** Calendar months between two dates ignoring the day of the month. */
function rawMonths(from: string, to: string): string {
  return `((EXTRACT(YEAR FROM ${to}) - EXTRACT(YEAR FROM ${from})) * 12 + EXTRACT(MONTH FROM ${to}) - EXTRACT(MONTH FROM ${from}))`;
}

/**
 * Whole months completed from `from` to `to` (the monthly anniversary counted on the day).
 * `wholeMonths(start, D) >= n` ⇔ start ≤ D − n months, where D − n months is the same day of
 * the month n months earlier, or that month's last day when it is shorter (31 Aug − 6 months =
 * 29 Feb in a leap year): the contract's "D − 2 years" rule, for months.
 */
export function wholeMonths(from: string, to: string): string {
  return `CAST(${rawMonths(from, to)} - CASE WHEN EXTRACT(DAY FROM ${to}) < EXTRACT(DAY FROM ${from}) THEN 1 ELSE 0 END AS INTEGER)`;
}

/**
 * `to` is after `from` + n months (a timescale of n months from `from` has passed by `to`).
 * `from` + n months is the same day of the month n months later, or that month's last day
 * when it is shorter (31 Aug + 6 months = 28 or 29 Feb). Nulls give null.
 */
export function afterMonths(from: string, to: string, n: number): string {
  const raw = rawMonths(from, to);
  return `(${raw} > ${n} OR (${raw} = ${n} AND EXTRACT(DAY FROM ${to}) > EXTRACT(DAY FROM ${from})))`;
}

/**
 * A list's events in the period ending at each as-at date, like `flowRowsAt`, for a list whose
 * subject is not `child_id` (list 11: adopter households): `idExpr` (over alias `t`) becomes
 * `child_id`, and the longitudinal view (`owners`) and de-duplication on (subject, key date)
 * are those of `flowRowsAt`.
 */
export function flowRowsBy(table: string, idExpr: string, key: string, period: FlowPeriod): string {
  const start = { month: 'a.month_start', ytd: 'a.ytd_start', rolling12: 'a.r12_start' }[period];
  return sharedRelation(`SELECT * FROM (
    SELECT a.as_at, a.month_start, a.ytd_start, a.r12_start, a.d_minus_42, a.d_minus_365, a.d_minus_2y, t.*, ${idExpr} AS child_id,
      row_number() OVER (PARTITION BY a.as_at, ${idExpr}, t.${key} ORDER BY t.row_number, t.sheet) AS dup_rank
    FROM asat a JOIN owners o ON o.as_at = a.as_at
    JOIN ${table} t ON t.extract_id = o.extract_id
    WHERE ${idExpr} IS NOT NULL AND t.${key} >= o.owns_from AND t.${key} <= o.owns_to
      AND t.${key} >= ${start} AND t.${key} <= a.as_at
  ) d WHERE d.dup_rank = 1`);
}

/** A core measure by id from a theme's list (the extended measures reuse some cohorts exactly). */
export function coreMeasure(list: readonly Measure[], id: string): Measure {
  const m = list.find((x) => x.id === id);
  if (!m) throw new RangeError(`no core measure ${id}`);
  return m;
}

/** "England: …" text for a definition's source. */
export function england(text: string): string {
  return `England: ${text}`;
}
