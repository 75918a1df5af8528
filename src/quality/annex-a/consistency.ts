import { listByNumber } from '../../model/annex-a-lists.js';
import { intLit } from '../../store/sql.js';
import type { QualityRule } from '../rule.js';
import { findRows, openAt, unionAll } from './rule-sql.js';

/** Over this many days of a child being both on a CP plan and looked after is queried. */
const CP_CLA_OVERLAP_DAYS = 92;

export const CONSISTENCY_RULES: QualityRule[] = [
  {
    id: 'cp-while-looked-after',
    severity: 'warning',
    title: `On a child protection plan and looked after at the same time for over ${CP_CLA_OVERLAP_DAYS} days, or a plan started while looked after`,
    fields: ['7.cp_start', '7.cp_end', '8.cla_start', '8.cla_end'],
    sql: (ctx) =>
      findRows(listByNumber(7), ctx, {
        column: 'cp_start',
        value: 'CAST(t.cp_start AS VARCHAR)',
        from: `annex_a_cp t JOIN annex_a_cla c ON c.extract_id = t.extract_id AND c.child_id = t.child_id`,
        where: `${openAt('t', 'cp_start', 'cp_end', ctx.asAt)} AND ${openAt('c', 'cla_start', 'cla_end', ctx.asAt)}
          AND (t.cp_start > c.cla_start OR c.cla_start <= ${ctx.asAt} - ${CP_CLA_OVERLAP_DAYS})`,
        message: `CASE WHEN t.cp_start > c.cla_start
          THEN 'CP plan started ' || CAST(t.cp_start AS VARCHAR) || ' while looked after since ' || CAST(c.cla_start AS VARCHAR)
          ELSE 'CP plan open since ' || CAST(t.cp_start AS VARCHAR) || ' and looked after since ' || CAST(c.cla_start AS VARCHAR) || ': plan not ended on becoming looked after' END`,
      }),
  },
  {
    id: 'case-status-inconsistent',
    severity: 'warning',
    title: 'CIN case status disagrees with the CP, CLA or closure records',
    fields: ['6.case_status', '6.cin_closure', '7.cp_start', '7.cp_end', '8.cla_start', '8.cla_end'],
    sql: (ctx) => {
      const x = intLit(ctx.extractId);
      const l6 = listByNumber(6);
      return unionAll([
        findRows(l6, ctx, {
          column: 'case_status',
          value: 't.case_status',
          where: `t.case_status = 'Looked after child' AND NOT EXISTS (SELECT 1 FROM annex_a_cla c WHERE c.extract_id = ${x} AND c.child_id = t.child_id AND ${openAt('c', 'cla_start', 'cla_end', ctx.asAt)})`,
          message: `'case status is looked after, but list 8 has no open period of care for the child'`,
        }),
        findRows(l6, ctx, {
          column: 'case_status',
          value: 't.case_status',
          where: `t.case_status = 'Child Protection plan' AND NOT EXISTS (SELECT 1 FROM annex_a_cp p WHERE p.extract_id = ${x} AND p.child_id = t.child_id AND ${openAt('p', 'cp_start', 'cp_end', ctx.asAt)})`,
          message: `'case status is child protection plan, but list 7 has no open plan for the child'`,
        }),
        findRows(l6, ctx, {
          column: 'case_status',
          value: 't.case_status',
          where: `t.case_status = 'Closed episode' AND t.cin_closure IS NULL AND NOT t.cin_closure_unreadable`,
          message: `'case status is closed, but there is no CIN closure date'`,
        }),
        findRows(l6, ctx, {
          column: 'case_status',
          value: 't.case_status',
          where: `t.cin_closure IS NOT NULL AND t.cin_closure <= ${ctx.asAt} AND t.case_status IS NOT NULL AND t.case_status <> 'Closed episode'`,
          message: `'closed on ' || CAST(t.cin_closure AS VARCHAR) || ' but case status is ' || t.case_status`,
        }),
      ]);
    },
  },
  {
    id: 'referral-count-inconsistent',
    severity: 'warning',
    title: 'Referrals in last 12 months is 0 although the list holds an earlier referral within 365 days',
    fields: ['3.child_id', '3.referral_date', '3.referrals_last_12m'],
    sql: (ctx) =>
      findRows(listByNumber(3), ctx, {
        column: 'referrals_last_12m',
        value: 'CAST(t.referrals_last_12m AS VARCHAR)',
        where: `t.referrals_last_12m = 0 AND t.referral_date IS NOT NULL AND EXISTS (
          SELECT 1 FROM annex_a_referrals p WHERE p.extract_id = t.extract_id AND p.child_id = t.child_id
            AND p.referral_date < t.referral_date AND p.referral_date >= t.referral_date - 365)`,
        message: `'count of previous referrals is 0, but the list has another referral for the child in the 365 days before ' || CAST(t.referral_date AS VARCHAR)`,
      }),
  },
];
