import { ANNEX_A_LISTS, listByNumber } from '../../model/annex-a-lists.js';
import { textLit } from '../../store/sql.js';
import type { QualityRule } from '../rule.js';
import { findRows, headerOf, unionAll } from './rule-sql.js';

/** [list, earlier, later, rule]: the later date must not be before the earlier one. */
const ORDER_PAIRS: ReadonlyArray<readonly [number, string, string, string]> = [
  [2, 'eh_start', 'eh_completed', 'end-before-start'],
  [4, 'assessment_start', 'assessment_authorised', 'end-before-start'],
  [5, 'strategy_date', 'icpc_date', 'end-before-start'],
  [6, 'cin_start', 'cin_closure', 'end-before-start'],
  [7, 'cp_start', 'cp_end', 'end-before-start'],
  [8, 'cla_start', 'cla_end', 'end-before-start'],
  [11, 'stage1_start', 'stage1_end', 'end-before-start'],
  [11, 'stage2_start', 'stage2_end', 'end-before-start'],
  [8, 'cla_start', 'placement_start', 'placement-before-care'],
  [8, 'dob', 'cla_start', 'before-birth'],
  [8, 'dob', 'placement_start', 'before-birth'],
  [8, 'dob', 'last_visit', 'before-birth'],
  [7, 'dob', 'last_visit', 'before-birth'],
  [6, 'dob', 'last_seen', 'before-birth'],
];

function orderRule(id: string, severity: QualityRule['severity'], title: string): QualityRule {
  const pairs = ORDER_PAIRS.filter((p) => p[3] === id);
  return {
    id,
    severity,
    title,
    fields: pairs.flatMap(([l, a, b]) => [`${l}.${a}`, `${l}.${b}`]),
    sql: (ctx) =>
      unionAll(
        pairs.map(([l, a, b]) =>
          findRows(listByNumber(l), ctx, {
            column: b,
            value: `CAST(t.${b} AS VARCHAR)`,
            where: `t.${a} IS NOT NULL AND t.${b} IS NOT NULL AND t.${b} < t.${a}`,
            message: `${textLit(`${headerOf(l, b)} `)} || CAST(t.${b} AS VARCHAR) || ${textLit(` is before ${headerOf(l, a)} `)} || CAST(t.${a} AS VARCHAR)`,
          }),
        ),
      ),
  };
}

/** Event dates earlier than this are placeholders rather than history (01/01/1900 and the like). */
const IMPLAUSIBLE_BEFORE = '1980-01-01';

export const DATE_RULES: QualityRule[] = [
  {
    id: 'future-date',
    severity: 'error',
    title: "Date after the extract's as-at date",
    fields: ANNEX_A_LISTS.flatMap((l) => l.columns.filter((c) => c.type === 'date').map((c) => `${l.number}.${c.key}`)),
    sql: (ctx) =>
      unionAll(
        ANNEX_A_LISTS.flatMap((l) =>
          l.columns
            .filter((c) => c.type === 'date')
            .map((c) =>
              findRows(l, ctx, {
                column: c.key,
                value: `CAST(t.${c.key} AS VARCHAR)`,
                where: `t.${c.key} > ${ctx.asAt}`,
                message: `${textLit(`${c.header} `)} || CAST(t.${c.key} AS VARCHAR) || ${textLit(' is after the as-at date ')} || CAST(${ctx.asAt} AS VARCHAR)`,
              }),
            ),
        ),
      ),
  },
  {
    id: 'implausible-date',
    severity: 'warning',
    title: `Event date before ${IMPLAUSIBLE_BEFORE.slice(0, 4)} (a placeholder?)`,
    fields: ANNEX_A_LISTS.flatMap((l) => l.columns.filter((c) => c.type === 'date' && c.key !== 'dob').map((c) => `${l.number}.${c.key}`)),
    sql: (ctx) =>
      unionAll(
        ANNEX_A_LISTS.flatMap((l) =>
          l.columns
            .filter((c) => c.type === 'date' && c.key !== 'dob')
            .map((c) =>
              findRows(l, ctx, {
                column: c.key,
                value: `CAST(t.${c.key} AS VARCHAR)`,
                where: `t.${c.key} < DATE '${IMPLAUSIBLE_BEFORE}'`,
                message: `${textLit(`${c.header} `)} || CAST(t.${c.key} AS VARCHAR) || ' is implausibly early'`,
              }),
            ),
        ),
      ),
  },
  orderRule('end-before-start', 'error', 'End (or later) date before its start date'),
  orderRule('placement-before-care', 'warning', 'Most recent placement started before the child started to be looked after'),
  orderRule('before-birth', 'error', 'Event dated before the date of birth'),
];
