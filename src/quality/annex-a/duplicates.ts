import { ANNEX_A_LISTS, tableOf } from '../../model/annex-a-lists.js';
import { intLit } from '../../store/sql.js';
import type { QualityRule } from '../rule.js';
import { headerOf, unionAll } from './rule-sql.js';

/**
 * Rows of a list with the same person and the same key date as an earlier row (the key the
 * measures de-duplicate on). Measures count such rows once, keeping the first in the file.
 */
export const DUPLICATE_RULES: QualityRule[] = [
  {
    id: 'duplicate-row',
    severity: 'warning',
    title: 'Same person and same key date as an earlier row (counted once)',
    fields: ANNEX_A_LISTS.flatMap((l) => [`${l.number}.${l.idColumn}`, `${l.number}.${l.keyDate}`]),
    sql: (ctx) =>
      unionAll(
        ANNEX_A_LISTS.map(
          (l) => `SELECT ${l.number} AS list, d.sheet, d.row_number, '${l.keyDate}' AS column_key, d.${l.idColumn} AS child_id,
  CAST(d.${l.keyDate} AS VARCHAR) AS value,
  'same ${l.idColumn === 'child_id' ? 'child' : 'person'} and ${headerOf(l.number, l.keyDate).replace(/'/g, "''")} as row ' || CAST(d.first_row AS VARCHAR) || ' of sheet ' || d.first_sheet AS message
FROM (
  SELECT t.sheet, t.row_number, t.${l.idColumn}, t.${l.keyDate},
    row_number() OVER (PARTITION BY t.${l.idColumn}, t.${l.keyDate} ORDER BY t.sheet, t.row_number) AS k,
    first_value(t.row_number) OVER (PARTITION BY t.${l.idColumn}, t.${l.keyDate} ORDER BY t.sheet, t.row_number) AS first_row,
    first_value(t.sheet) OVER (PARTITION BY t.${l.idColumn}, t.${l.keyDate} ORDER BY t.sheet, t.row_number) AS first_sheet
  FROM ${tableOf(l)} t
  WHERE t.extract_id = ${intLit(ctx.extractId)} AND t.${l.idColumn} IS NOT NULL AND t.${l.keyDate} IS NOT NULL
) d WHERE d.k > 1`,
        ),
      ),
  },
];
