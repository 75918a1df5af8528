import type { Database } from '../store/database.js';
import { dateLit, intLit, textLit } from '../store/sql.js';
import type { QualityRule } from './rule.js';

/**
 * Runs rules over one extract and stores their findings (inside the caller's transaction, so
 * a load and its findings land together). Returns the number of findings per rule.
 */
export async function runRules(
  db: Database,
  rules: readonly QualityRule[],
  extractId: number,
  asAt: string,
): Promise<Record<string, number>> {
  const ctx = { extractId, asAt: dateLit(asAt) };
  const counts: Record<string, number> = {};
  const x = intLit(extractId);
  const base = await db.all<{ n: number | null }>(`SELECT max(seq) AS n FROM findings WHERE extract_id = ${x}`);
  let start = base[0]?.n ?? 0;
  for (const rule of rules) {
    const inserted = await db.run(`INSERT INTO findings (extract_id, seq, rule, severity, list, sheet, row_number, column_name, cell, child_id, value, message)
SELECT ${x}, ${start} + row_number() OVER (ORDER BY r.list, r.sheet, r.row_number, r.column_key),
  ${textLit(rule.id)}, ${textLit(rule.severity)}, r.list, r.sheet, r.row_number,
  coalesce(sc.header, r.column_key),
  CASE WHEN sc.letter IS NULL THEN NULL ELSE sc.letter || CAST(r.row_number AS VARCHAR) END,
  r.child_id, r.value, r.message
FROM (${rule.sql(ctx)}) r
LEFT JOIN sheet_columns sc ON sc.extract_id = ${x} AND sc.list = r.list AND sc.sheet = r.sheet AND sc.column_key = r.column_key`);
    counts[rule.id] = inserted;
    start += inserted;
  }
  return counts;
}
