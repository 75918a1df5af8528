import { isIsoDate } from '../model/dates.js';

/**
 * SQL fragments shared by measures and quality rules, in the dialect DuckDB and PostgreSQL
 * share. Literals are built only from validated dates and integers, never from user text.
 */

export function dateLit(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`not a date: ${iso}`);
  return `DATE '${iso}'`;
}

export function intLit(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not an integer: ${n}`);
  return String(n);
}

export function textLit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Whole years completed on `on` by someone born on `dob` (birthday counted on the day). */
export function ageSql(dob: string, on: string): string {
  return `(EXTRACT(YEAR FROM ${on}) - EXTRACT(YEAR FROM ${dob}) - CASE WHEN EXTRACT(MONTH FROM ${on}) * 100 + EXTRACT(DAY FROM ${on}) < EXTRACT(MONTH FROM ${dob}) * 100 + EXTRACT(DAY FROM ${dob}) THEN 1 ELSE 0 END)`;
}

/** Lower-cased worker name: the reader has already folded non-breaking and repeated spaces. */
export function workerKeySql(col: string): string {
  return `lower(${col})`;
}
