import { type ListDef, column, listByNumber, tableOf, unreadableFlag } from '../../model/annex-a-lists.js';
import { intLit, textLit } from '../../store/sql.js';
import type { RuleContext } from '../rule.js';

/** Builds the standard result columns of a rule's query over one list. */
export function findRows(
  list: ListDef,
  ctx: RuleContext,
  o: { column: string | null; value?: string; message: string; where: string; from?: string },
): string {
  return `SELECT ${list.number} AS list, t.sheet, t.row_number, ${o.column ? textLit(o.column) : 'CAST(NULL AS VARCHAR)'} AS column_key,
  t.${list.idColumn} AS child_id, ${o.value ?? 'CAST(NULL AS VARCHAR)'} AS value, ${o.message} AS message
FROM ${o.from ?? `${tableOf(list)} t`}
WHERE t.extract_id = ${intLit(ctx.extractId)} AND (${o.where})`;
}

/** `'Header text'` of a list column, for messages. */
export function headerOf(list: number, key: string): string {
  return column(listByNumber(list), key).header;
}

/** A date column holds a readable date (not blank, not unreadable). */
export function hasDate(alias: string, key: string): string {
  return `${alias}.${key} IS NOT NULL`;
}

/** A date column is blank in the file (as opposed to unreadable). */
export function blankDate(alias: string, key: string): string {
  return `(${alias}.${key} IS NULL AND NOT ${alias}.${unreadableFlag(key)})`;
}

export function asText(expr: string): string {
  return `CAST(${expr} AS VARCHAR)`;
}

export function unionAll(parts: string[]): string {
  return parts.length ? parts.join('\nUNION ALL\n') : 'SELECT 0 AS list, NULL AS sheet, 0 AS row_number, NULL AS column_key, NULL AS child_id, NULL AS value, NULL AS message WHERE false';
}

/** Open at D: started on or before D, and not ended, or ended after D. */
export function openAt(alias: string, start: string, end: string, d: string): string {
  return `${alias}.${start} <= ${d} AND (${alias}.${end} IS NULL OR ${alias}.${end} > ${d}) AND NOT ${alias}.${unreadableFlag(end)}`;
}
