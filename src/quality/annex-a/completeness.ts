import { ANNEX_A_LISTS, type ListDef, listByNumber } from '../../model/annex-a-lists.js';
import { ageSql, textLit } from '../../store/sql.js';
import type { QualityRule } from '../rule.js';
import { blankDate, findRows, headerOf, openAt, unionAll } from './rule-sql.js';

const listsWith = (key: string): ListDef[] => ANNEX_A_LISTS.filter((l) => l.columns.some((c) => c.key === key));

/** Blank value in a column of the given lists (codes and text: IS NULL; dates: blank, not unreadable). */
function blankIn(id: string, severity: QualityRule['severity'], key: string, lists: ListDef[], title: string): QualityRule {
  return {
    id,
    severity,
    title,
    fields: lists.map((l) => `${l.number}.${key}`),
    sql: (ctx) =>
      unionAll(
        lists.map((l) => {
          const c = l.columns.find((x) => x.key === key);
          const blank = c?.type === 'date' ? blankDate('t', key) : `t.${key} IS NULL`;
          return findRows(l, ctx, { column: key, where: blank, message: textLit(`${c?.header ?? key} is blank`) });
        }),
      ),
  };
}

/** Columns with a rule of their own, left out of the generic mandatory-column rule. */
const SPECIFIC = new Set(['child_id', 'adopter_id', 'ethnicity', 'primary_need', 'placement_provider', 'placement_location']);

export const COMPLETENESS_RULES: QualityRule[] = [
  {
    id: 'missing-child-id',
    severity: 'error',
    title: 'Row has no child (or adopter) id, so it cannot be tied to a person',
    fields: ANNEX_A_LISTS.map((l) => `${l.number}.${l.idColumn}`),
    sql: (ctx) =>
      unionAll(ANNEX_A_LISTS.map((l) => findRows(l, ctx, { column: l.idColumn, where: `t.${l.idColumn} IS NULL`, message: textLit('no id: the row cannot be tied to a person') }))),
  },
  blankIn('missing-ethnicity', 'warning', 'ethnicity', listsWith('ethnicity'), 'Ethnicity is blank'),
  blankIn('missing-gender', 'warning', 'gender', listsWith('gender'), 'Gender is blank'),
  blankIn('missing-dob', 'warning', 'dob', listsWith('dob'), 'Date of birth is blank'),
  blankIn('missing-primary-need', 'warning', 'primary_need', [listByNumber(6)], 'Primary need code is blank (CIN)'),
  blankIn('missing-placement-provider', 'error', 'placement_provider', [listByNumber(8)], 'Placement provider is blank (CLA)'),
  blankIn('missing-placement-location', 'error', 'placement_location', [listByNumber(8)], 'Placement location (in/out of area) is blank (CLA)'),
  {
    id: 'required-value-blank',
    severity: 'warning',
    title: "A column the template says cannot be blank is blank",
    fields: ANNEX_A_LISTS.flatMap((l) => l.columns.filter((c) => c.required && !SPECIFIC.has(c.key)).map((c) => `${l.number}.${c.key}`)),
    sql: (ctx) =>
      unionAll(
        ANNEX_A_LISTS.flatMap((l) =>
          l.columns
            .filter((c) => c.required && !SPECIFIC.has(c.key))
            .map((c) =>
              findRows(l, ctx, {
                column: c.key,
                where: c.type === 'date' ? blankDate('t', c.key) : `t.${c.key} IS NULL`,
                message: textLit(`${c.header} is blank; the template says it is mandatory`),
              }),
            ),
        ),
      ),
  },
  {
    id: 'closure-without-reason',
    severity: 'error',
    title: 'CIN episode closed without a reason for closure',
    fields: ['6.cin_closure', '6.closure_reason'],
    sql: (ctx) =>
      findRows(listByNumber(6), ctx, {
        column: 'closure_reason',
        where: 't.cin_closure IS NOT NULL AND t.closure_reason IS NULL',
        message: `'closed on ' || CAST(t.cin_closure AS VARCHAR) || ' with no reason for closure'`,
      }),
  },
  {
    id: 'reason-without-closure',
    severity: 'warning',
    title: 'CIN episode has a reason for closure but no closure date',
    fields: ['6.cin_closure', '6.closure_reason'],
    sql: (ctx) =>
      findRows(listByNumber(6), ctx, {
        column: 'cin_closure',
        value: 't.closure_reason',
        where: `t.closure_reason IS NOT NULL AND ${blankDate('t', 'cin_closure')}`,
        message: `'reason for closure ' || t.closure_reason || ' but no closure date'`,
      }),
  },
  {
    id: 'cla-ended-without-reason',
    severity: 'error',
    title: 'Period of care ended without a reason ceased',
    fields: ['8.cla_end', '8.reason_ceased'],
    sql: (ctx) =>
      findRows(listByNumber(8), ctx, {
        column: 'reason_ceased',
        where: 't.cla_end IS NOT NULL AND t.reason_ceased IS NULL',
        message: `'ceased to be looked after on ' || CAST(t.cla_end AS VARCHAR) || ' with no reason'`,
      }),
  },
  {
    id: 'assessment-without-start',
    severity: 'error',
    title: 'Assessment authorised but its start date is blank (cannot be timed)',
    fields: ['4.assessment_start', '4.assessment_authorised'],
    sql: (ctx) =>
      findRows(listByNumber(4), ctx, {
        column: 'assessment_start',
        where: `t.assessment_authorised IS NOT NULL AND ${blankDate('t', 'assessment_start')}`,
        message: `'authorised on ' || CAST(t.assessment_authorised AS VARCHAR) || ' but no start date'`,
      }),
  },
  {
    id: 'cp-visit-missing',
    severity: 'warning',
    title: 'Open child protection plan with no statutory visit recorded',
    fields: ['7.cp_start', '7.cp_end', '7.last_visit'],
    sql: (ctx) =>
      findRows(listByNumber(7), ctx, {
        column: 'last_visit',
        where: `${openAt('t', 'cp_start', 'cp_end', ctx.asAt)} AND ${blankDate('t', 'last_visit')}`,
        message: `'plan open since ' || CAST(t.cp_start AS VARCHAR) || ' with no statutory visit date'`,
      }),
  },
  {
    id: 'cla-visit-missing',
    severity: 'warning',
    title: 'Looked-after child with no social work visit recorded',
    fields: ['8.cla_start', '8.cla_end', '8.last_visit'],
    sql: (ctx) =>
      findRows(listByNumber(8), ctx, {
        column: 'last_visit',
        where: `${openAt('t', 'cla_start', 'cla_end', ctx.asAt)} AND ${blankDate('t', 'last_visit')}`,
        message: `'looked after since ' || CAST(t.cla_start AS VARCHAR) || ' with no social work visit date'`,
      }),
  },
  {
    id: 'care-leaver-details-missing',
    severity: 'warning',
    title: 'Care leaver aged 19–21 with in-touch, activity or accommodation suitability blank',
    fields: ['9.dob', '9.in_touch', '9.activity', '9.suitability'],
    sql: (ctx) =>
      unionAll(
        ['in_touch', 'activity', 'suitability'].map((key) =>
          findRows(listByNumber(9), ctx, {
            column: key,
            where: `t.dob IS NOT NULL AND ${ageSql('t.dob', ctx.asAt)} BETWEEN 19 AND 21 AND t.${key} IS NULL`,
            message: textLit(`${headerOf(9, key)} is blank for a care leaver aged 19–21 (counts against the measure)`),
          }),
        ),
      ),
  },
  {
    id: 'worker-without-team',
    severity: 'info',
    title: 'Allocated worker given without an allocated team',
    fields: listsWith('worker').map((l) => `${l.number}.worker`),
    sql: (ctx) =>
      unionAll(
        listsWith('worker').map((l) =>
          findRows(l, ctx, { column: 'team', value: 't.worker', where: 't.worker IS NOT NULL AND t.team IS NULL', message: textLit('worker given but no team') }),
        ),
      ),
  },
];

