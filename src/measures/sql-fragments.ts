import { unreadableFlag } from '../model/annex-a-lists.js';
import { sharedRelation } from './shared-relations.js';

/**
 * SQL shared by the measures (DuckDB and PostgreSQL dialect). Every fragment reads the
 * `asat` relation the engine provides, so one query serves one as-at date or twenty-four.
 */

/**
 * A list's rows for each as-at date (one row of `asat` per date, joined to its extract),
 * de-duplicated on (child, key date): the first row in the file wins. `keyCondition` may test
 * only the key date (and the `asat` columns), so that it can run before de-duplication and
 * keep the window small without changing which duplicate wins. Rows without a child id cannot
 * be counted as a child and are left out (the `missing-child-id` rule reports them).
 * The result carries `as_at` and the window bounds of `asat`, then the list's columns.
 */
const ASAT_COLUMNS = 'a.as_at, a.month_start, a.ytd_start, a.r12_start, a.d_minus_42, a.d_minus_365, a.d_minus_2y';

export function rowsAt(table: string, key: string, keyCondition = 'TRUE'): string {
  return sharedRelation(`SELECT * FROM (
    SELECT ${ASAT_COLUMNS}, t.*,
      row_number() OVER (PARTITION BY a.as_at, t.child_id, t.${key} ORDER BY t.row_number, t.sheet) AS dup_rank
    FROM asat a JOIN ${table} t ON t.extract_id = a.extract_id
    WHERE t.child_id IS NOT NULL AND ${keyCondition}
  ) d WHERE d.dup_rank = 1`);
}

export type FlowPeriod = 'month' | 'ytd' | 'rolling12';

const PERIOD_START: Record<FlowPeriod, string> = { month: 'a.month_start', ytd: 'a.ytd_start', rolling12: 'a.r12_start' };

/**
 * Events of a list whose key date falls in the period ending at each as-at date, read from the
 * longitudinal view: each date from the latest extract whose window holds it (`owners`), so a
 * year to date can span several monthly extracts, and the latest extract wins for its window.
 * De-duplicated on (child, key date) as `rowsAt`.
 */
export function flowRowsAt(table: string, key: string, period: FlowPeriod): string {
  return sharedRelation(`SELECT * FROM (
    SELECT ${ASAT_COLUMNS}, t.*,
      row_number() OVER (PARTITION BY a.as_at, t.child_id, t.${key} ORDER BY t.row_number, t.sheet) AS dup_rank
    FROM asat a JOIN owners o ON o.as_at = a.as_at
    JOIN ${table} t ON t.extract_id = o.extract_id
    WHERE t.child_id IS NOT NULL AND t.${key} >= o.owns_from AND t.${key} <= o.owns_to
      AND t.${key} >= ${PERIOD_START[period]} AND t.${key} <= a.as_at
  ) d WHERE d.dup_rank = 1`);
}

/** Open at D: started on or before D, end blank or after D; unreadable start or end excluded. */
export function openAtD(alias: string, start: string, end: string): string {
  return `(${alias}.${start} <= ${alias}.as_at AND (${alias}.${end} IS NULL OR ${alias}.${end} > ${alias}.as_at)
    AND NOT ${alias}.${unreadableFlag(end)})`;
}

/** Working days from start to end (start is day 0); an end before its start counts as 0. */
export function workingDays(start: string, end: string, calStart: string, calEnd: string): string {
  return `(CASE WHEN ${end} < ${start} THEN 0 ELSE ${calEnd}.wd - ${calStart}.wd END)`;
}

/** `'text ' || CAST(date AS VARCHAR)` with blanks shown as "blank". */
export function showDate(expr: string): string {
  return `coalesce(CAST(${expr} AS VARCHAR), 'blank')`;
}

export const STANDARD_COLUMNS = ['as_at', 'extract_id', 'sheet', 'row_number', 'child_id', 'team', 'worker', 'worker_key', 'in_numerator', 'reason'] as const;
