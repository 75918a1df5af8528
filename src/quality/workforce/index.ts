import { WORKFORCE_WORKERS_TABLE } from '../../model/workforce-census.js';
import { ageSql, intLit, textLit } from '../../store/sql.js';
import type { QualityRule, ReadRule, RuleContext } from '../rule.js';
import { unionAll } from '../annex-a/rule-sql.js';

/**
 * Rules over one workforce census extract (`workforce_workers`). A finding's sheet is the
 * file's name, its row the worker's position in the file, its column the census element.
 */

/** The standard result columns over the extract's workers (`w`). */
function workerRows(ctx: RuleContext, o: { element: string; value?: string; where: string; message: string }): string {
  return `SELECT CAST(NULL AS INTEGER) AS list, x.file_name AS sheet, w.position AS row_number, ${textLit(o.element)} AS column_key,
  CAST(NULL AS VARCHAR) AS child_id, ${o.value ?? 'CAST(NULL AS VARCHAR)'} AS value,
  'CSWWWorker ' || CAST(w.position AS VARCHAR) || ' (line ' || coalesce(CAST(w.line_number AS VARCHAR), '?') || '): ' || ${o.message} AS message
FROM ${WORKFORCE_WORKERS_TABLE} w JOIN extracts x ON x.extract_id = w.extract_id
WHERE w.extract_id = ${intLit(ctx.extractId)} AND (${o.where})`;
}

const str = (expr: string): string => `CAST(${expr} AS VARCHAR)`;

/** In post at the reference date: no end date, or one after it. */
const IN_POST = (ctx: RuleContext): string => `(w.role_end_date IS NULL AND NOT w.role_end_date_unreadable OR w.role_end_date > ${ctx.asAt})`;

export const WORKFORCE_RULES: readonly QualityRule[] = [
  {
    id: 'csww-cases-without-fte',
    severity: 'error',
    title: 'Worker holds cases on 30 September but their FTE is 0',
    fields: ['workforce.Cases30', 'workforce.FTE30', 'workforce.FTE'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'Cases30',
        value: str('w.cases30'),
        where: 'w.cases30 > 0 AND coalesce(w.fte30, w.fte) = 0',
        message: `${str('w.cases30')} || ' case(s) on 30 September, but an FTE of 0 (caseload per FTE cannot be computed)'`,
      }),
  },
  {
    id: 'csww-role-end-before-start',
    severity: 'error',
    title: 'Role end date before the role start date',
    fields: ['workforce.RoleStartDate', 'workforce.RoleEndDate'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'RoleEndDate',
        value: str('w.role_end_date'),
        where: 'w.role_end_date < w.role_start_date',
        message: `'RoleEndDate ' || ${str('w.role_end_date')} || ' is before RoleStartDate ' || ${str('w.role_start_date')}`,
      }),
  },
  {
    id: 'csww-date-after-reference',
    severity: 'error',
    title: 'Role start or end date after the census reference date',
    fields: ['workforce.RoleStartDate', 'workforce.RoleEndDate'],
    sql: (ctx) =>
      unionAll(
        (['role_start_date', 'role_end_date'] as const).map((key) => {
          const element = key === 'role_start_date' ? 'RoleStartDate' : 'RoleEndDate';
          return workerRows(ctx, {
            element,
            value: str(`w.${key}`),
            where: `w.${key} > ${ctx.asAt}`,
            message: `'${element} ' || ${str(`w.${key}`)} || ' is after the reference date ' || ${str(ctx.asAt)}`,
          });
        }),
      ),
  },
  {
    id: 'csww-leaver-without-reason',
    severity: 'warning',
    title: 'Leaver (role end date given) with no reason for leaving',
    fields: ['workforce.RoleEndDate', 'workforce.ReasonLeave', 'workforce.AgencyWorker'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'ReasonLeave',
        where: `w.role_end_date IS NOT NULL AND w.role_end_date <= ${ctx.asAt} AND w.reason_leave IS NULL AND NOT w.reason_leave_unreadable AND w.agency_worker IS NOT TRUE`,
        message: `'left on ' || ${str('w.role_end_date')} || ' but ReasonLeave is blank'`,
      }),
  },
  {
    id: 'csww-reason-without-end',
    severity: 'warning',
    title: 'Reason for leaving given but no role end date',
    fields: ['workforce.RoleEndDate', 'workforce.ReasonLeave'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'RoleEndDate',
        value: 'w.reason_leave',
        where: 'w.reason_leave IS NOT NULL AND w.role_end_date IS NULL AND NOT w.role_end_date_unreadable',
        message: `'ReasonLeave ' || w.reason_leave || ' is given but RoleEndDate is blank'`,
      }),
  },
  {
    id: 'csww-leaver-with-cases',
    severity: 'warning',
    title: 'Worker who left before 30 September still has cases on 30 September',
    fields: ['workforce.RoleEndDate', 'workforce.Cases30'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'Cases30',
        value: str('w.cases30'),
        where: `w.role_end_date < ${ctx.asAt} AND w.cases30 > 0`,
        message: `'left on ' || ${str('w.role_end_date')} || ' but holds ' || ${str('w.cases30')} || ' case(s) on 30 September'`,
      }),
  },
  {
    id: 'csww-cases-not-case-holder',
    severity: 'warning',
    title: 'Worker recorded as qualified without cases (OrgRole 6) holds cases',
    fields: ['workforce.OrgRole', 'workforce.Cases30'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'Cases30',
        value: str('w.cases30'),
        where: `w.org_role = '6' AND w.cases30 > 0`,
        message: `'OrgRole 6 (qualified without cases) but ' || ${str('w.cases30')} || ' case(s) on 30 September'`,
      }),
  },
  {
    id: 'csww-absent-without-reason',
    severity: 'warning',
    title: 'Absent on 30 September with no reason for absence',
    fields: ['workforce.Absat30Sept', 'workforce.ReasonAbsence'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'ReasonAbsence',
        where: 'w.absent_30_sept AND w.reason_absence IS NULL AND NOT w.reason_absence_unreadable',
        message: `'absent on 30 September but ReasonAbsence is blank'`,
      }),
  },
  {
    id: 'csww-missing-role-details',
    severity: 'warning',
    title: 'Employee in post with no role, role start date or FTE',
    fields: ['workforce.OrgRole', 'workforce.RoleStartDate', 'workforce.FTE', 'workforce.AgencyWorker'],
    sql: (ctx) =>
      unionAll(
        (
          [
            ['org_role', 'OrgRole', 'w.org_role IS NULL AND NOT w.org_role_unreadable'],
            ['role_start_date', 'RoleStartDate', 'w.role_start_date IS NULL AND NOT w.role_start_date_unreadable'],
            ['fte', 'FTE', 'w.fte IS NULL AND NOT w.fte_unreadable'],
          ] as const
        ).map(([, element, blank]) =>
          workerRows(ctx, {
            element,
            where: `w.agency_worker = false AND ${IN_POST(ctx)} AND ${blank}`,
            message: textLit(`${element} is blank for an employee in post`),
          }),
        ),
      ),
  },
  {
    id: 'csww-implausible-age',
    severity: 'warning',
    title: 'Date of birth gives an age under 18 or over 80 at the reference date',
    fields: ['workforce.PersonBirthDate'],
    sql: (ctx) =>
      workerRows(ctx, {
        element: 'PersonBirthDate',
        value: str('w.birth_month'),
        where: `w.birth_month IS NOT NULL AND (${ageSql('w.birth_month', ctx.asAt)} < 18 OR ${ageSql('w.birth_month', ctx.asAt)} > 80)`,
        message: `'born in ' || substr(${str('w.birth_month')}, 1, 7) || ', an implausible age for a social worker'`,
      }),
  },
  {
    id: 'csww-duplicate-worker',
    severity: 'warning',
    title: 'Same Social Work England number and role start date as an earlier worker',
    fields: ['workforce.SWENo', 'workforce.RoleStartDate'],
    sql: (ctx) => `SELECT CAST(NULL AS INTEGER) AS list, d.file_name AS sheet, d.position AS row_number, 'SWENo' AS column_key,
  CAST(NULL AS VARCHAR) AS child_id, CAST(NULL AS VARCHAR) AS value,
  'CSWWWorker ' || CAST(d.position AS VARCHAR) || ': same SWENo and RoleStartDate as CSWWWorker ' || CAST(d.first_position AS VARCHAR) AS message
FROM (
  SELECT x.file_name, w.position,
    row_number() OVER (PARTITION BY w.swe_hash, w.role_start_date ORDER BY w.position) AS k,
    first_value(w.position) OVER (PARTITION BY w.swe_hash, w.role_start_date ORDER BY w.position) AS first_position
  FROM ${WORKFORCE_WORKERS_TABLE} w JOIN extracts x ON x.extract_id = w.extract_id
  WHERE w.extract_id = ${intLit(ctx.extractId)} AND w.swe_hash IS NOT NULL
) d WHERE d.k > 1`,
  },
];

/** Findings raised while a census file is read. */
export const WORKFORCE_READ_RULES: readonly ReadRule[] = [
  { id: 'unreadable-value', severity: 'error', title: 'A value could not be read (impossible date, unknown code, not a number, out of range); stored as blank' },
  { id: 'missing-element', severity: 'varies', title: 'An element the census requires is absent (AgencyWorker, SWENo, LALevelVacancies, Header…)' },
  { id: 'repeated-element', severity: 'warning', title: 'An element given more than once where one is expected; the first was loaded' },
  { id: 'unknown-element', severity: 'warning', title: 'An element that is not part of the census; not loaded' },
  { id: 'swe-number-format', severity: 'warning', title: 'A Social Work England number not in the usual form (two letters and digits); hashed as given' },
  { id: 'reference-date-not-30-september', severity: 'warning', title: 'The census reference date is not 30 September' },
  { id: 'doctype-ignored', severity: 'warning', title: 'The file has a DOCTYPE declaration; it was ignored (no entity is expanded, nothing is fetched)' },
  { id: 'no-workers', severity: 'error', title: 'The file holds no CSWWWorker' },
];
