import { listByNumber } from '../../model/annex-a-lists.js';
import { ageSql } from '../../store/sql.js';
import type { QualityRule } from '../rule.js';
import { findRows, headerOf, openAt, unionAll } from './rule-sql.js';

/** Lists of children's services for under-18s, with the date the age is judged on. */
const UNDER_18_AT: ReadonlyArray<readonly [number, string]> = [
  [1, 'contact_date'],
  [2, 'eh_start'],
  [3, 'referral_date'],
  [4, 'assessment_start'],
  [5, 'strategy_date'],
  [6, 'cin_start'],
  [7, 'cp_start'],
  [8, 'cla_start'],
];

export const AGE_RULES: QualityRule[] = [
  {
    id: 'too-old-for-list',
    severity: 'error',
    title: 'Child aged 18 or over at the event (children\'s lists) or over 25 (care leavers)',
    fields: [...UNDER_18_AT.flatMap(([l, d]) => [`${l}.dob`, `${l}.${d}`]), '9.dob'],
    sql: (ctx) =>
      unionAll([
        ...UNDER_18_AT.map(([l, d]) =>
          findRows(listByNumber(l), ctx, {
            column: 'dob',
            value: 'CAST(t.dob AS VARCHAR)',
            where: `t.dob IS NOT NULL AND t.${d} IS NOT NULL AND ${ageSql('t.dob', `t.${d}`)} >= 18`,
            message: `'aged ' || CAST(${ageSql('t.dob', `t.${d}`)} AS VARCHAR) || ' on ${headerOf(l, d).replace(/'/g, "''")} ' || CAST(t.${d} AS VARCHAR)`,
          }),
        ),
        findRows(listByNumber(9), ctx, {
          column: 'dob',
          value: 'CAST(t.dob AS VARCHAR)',
          where: `t.dob IS NOT NULL AND ${ageSql('t.dob', ctx.asAt)} > 25`,
          message: `'care leaver aged ' || CAST(${ageSql('t.dob', ctx.asAt)} AS VARCHAR) || ' at the as-at date (entitlement ends at 25)'`,
        }),
      ]),
  },
  {
    id: 'looked-after-at-18',
    severity: 'warning',
    title: 'Still looked after at the as-at date although aged 18 or over',
    fields: ['8.dob', '8.cla_start', '8.cla_end'],
    sql: (ctx) =>
      findRows(listByNumber(8), ctx, {
        column: 'cla_end',
        value: 'CAST(t.dob AS VARCHAR)',
        where: `t.dob IS NOT NULL AND ${openAt('t', 'cla_start', 'cla_end', ctx.asAt)} AND ${ageSql('t.dob', ctx.asAt)} >= 18`,
        message: `'aged ' || CAST(${ageSql('t.dob', ctx.asAt)} AS VARCHAR) || ' and still looked after (no ceased date)'`,
      }),
  },
  {
    id: 'too-young-for-list',
    severity: 'warning',
    title: 'Care leaver younger than 16 at the as-at date',
    fields: ['9.dob'],
    sql: (ctx) =>
      findRows(listByNumber(9), ctx, {
        column: 'dob',
        value: 'CAST(t.dob AS VARCHAR)',
        where: `t.dob IS NOT NULL AND ${ageSql('t.dob', ctx.asAt)} < 16`,
        message: `'care leaver aged ' || CAST(${ageSql('t.dob', ctx.asAt)} AS VARCHAR) || ' at the as-at date'`,
      }),
  },
];

