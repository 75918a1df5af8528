import { unreadableFlag } from '../model/annex-a-lists.js';

/**
 * SQL shared by the measures (DuckDB and PostgreSQL dialect). Every fragment reads the
 * `asat` relation the engine provides, so one query serves one as-at date or twenty-four.
 */

/**
 * A list's rows in the extracts being evaluated, de-duplicated on (extract, child, key date):
 * the first row in the file wins. Rows without a child id cannot be counted as a child and
 * are left out (the `missing-child-id` rule reports them).
 */
export function dedup(table: string, key: string): string {
  return `(SELECT * FROM (
    SELECT t.*, row_number() OVER (PARTITION BY t.extract_id, t.child_id, t.${key} ORDER BY t.row_number, t.sheet) AS dup_rank
    FROM ${table} t
    WHERE t.child_id IS NOT NULL AND t.extract_id IN (SELECT extract_id FROM asat)
  ) d WHERE d.dup_rank = 1)`;
}

/** In the reporting month: from the first of D's month up to and including D. */
export function inMonth(expr: string): string {
  return `(${expr} >= a.month_start AND ${expr} <= a.as_at)`;
}

/** Open at D: started on or before D, end blank or after D; unreadable start or end excluded. */
export function openAtD(alias: string, start: string, end: string): string {
  return `(${alias}.${start} <= a.as_at AND (${alias}.${end} IS NULL OR ${alias}.${end} > a.as_at)
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
