import { unreadableFlag } from '../../model/annex-a-lists.js';
import { type LocalKind, type LocalTemplate, localTable, localTemplate, templateColumn } from '../../model/local-templates.js';
import { intLit, textLit } from '../../store/sql.js';
import type { QualityRule, ReadRule, RuleContext, Severity } from '../rule.js';
import { unionAll } from '../annex-a/rule-sql.js';

/**
 * Rules over one local-template extract (`local_<kind>`). A finding's sheet is the file's name,
 * its row the CSV line, its column the header as the file spells it. A rule runs only when the
 * file has the columns it reads: a missing column is reported once by the reader, not once per
 * row by every rule.
 */

/** What a rule's SQL is built with: the table (alias `t`), and headers as the file spells them. */
export interface LocalQuery {
  readonly template: LocalTemplate;
  /** The header of a column as the file spells it (the template's header when the file lacks it). */
  header(key: string): string;
  /** Whether the file has the column. */
  has(key: string): boolean;
  /** The standard result columns over the extract's rows of the table (`t`). */
  rows(o: { column: string | null; value?: string; where: string; message: string; from?: string }): string;
}

export interface LocalRuleDef {
  readonly id: string;
  readonly kind: LocalKind;
  readonly severity: Severity;
  readonly title: string;
  /** Columns it reads. */
  readonly reads: readonly string[];
  /** Whether it runs, given the columns the file has (default: it has every column the rule reads). */
  readonly applies?: (present: ReadonlySet<string>) => boolean;
  readonly sql: (ctx: RuleContext, q: LocalQuery) => string;
}

const str = (expr: string): string => `CAST(${expr} AS VARCHAR)`;

/** A value the file left blank (not one it held but that could not be read). */
const blank = (key: string, t: LocalTemplate): string =>
  templateColumn(t, key).type === 'text' ? `t.${key} IS NULL` : `(t.${key} IS NULL AND NOT t.${unreadableFlag(key)})`;

function blankRule(kind: LocalKind, id: string, severity: Severity, key: string, title: string): LocalRuleDef {
  return {
    id,
    kind,
    severity,
    title,
    reads: [key],
    sql: (_ctx, q) => q.rows({ column: key, where: blank(key, q.template), message: textLit(`${q.header(key)} is blank`) }),
  };
}

function futureRule(kind: LocalKind, id: string, key: string, title: string): LocalRuleDef {
  return {
    id,
    kind,
    severity: 'error',
    title,
    reads: [key],
    sql: (ctx, q) =>
      q.rows({
        column: key,
        value: str(`t.${key}`),
        where: `t.${key} > ${ctx.asAt}`,
        message: `${textLit(`${q.header(key)} `)} || ${str(`t.${key}`)} || ' is after the as-at date ' || ${str(ctx.asAt)}`,
      }),
  };
}

/**
 * Rows with the same key as an earlier row of the file: `partition` and `where` are SQL over the
 * table aliased `s`; `same` says what is the same, for the message.
 */
function duplicateRule(
  kind: LocalKind,
  id: string,
  o: { column: string; reads: string[]; partition: string; where: string; same: string; title: string },
): LocalRuleDef {
  return {
    id,
    kind,
    severity: 'warning',
    title: o.title,
    reads: o.reads,
    sql: (ctx, q) =>
      q.rows({
        column: o.column,
        value: str('t.first_row'),
        where: 't.k > 1',
        message: `${textLit(`same ${o.same} as line `)} || ${str('t.first_row')}`,
        from: `(SELECT s.*, row_number() OVER (PARTITION BY ${o.partition} ORDER BY s.row_number) AS k,
    first_value(s.row_number) OVER (PARTITION BY ${o.partition} ORDER BY s.row_number) AS first_row
  FROM ${localTable(q.template)} s WHERE s.extract_id = ${intLit(ctx.extractId)} AND (${o.where})) t`,
      }),
  };
}

/** Month number (year × 12 + month) of a date expression: compares months portably. */
const monthIndex = (expr: string): string => `(EXTRACT(YEAR FROM ${expr}) * 12 + EXTRACT(MONTH FROM ${expr}))`;

const FTE_COLUMNS = ['funded_fte', 'permanent_fte', 'agency_fte', 'vacant_fte'] as const;

export const LOCAL_RULES: readonly LocalRuleDef[] = [
  // Supervision
  blankRule('supervision', 'supervision-date-missing', 'error', 'supervision_date', 'Supervision date is blank'),
  futureRule('supervision', 'supervision-future-date', 'supervision_date', "Supervision date after the extract's as-at date"),
  {
    id: 'supervision-no-worker',
    kind: 'supervision',
    severity: 'error',
    title: 'Row names no worker (neither worker id nor name), so it cannot be counted for anyone',
    reads: ['worker_id', 'worker'],
    applies: (present) => present.has('worker_id') || present.has('worker'),
    sql: (_ctx, q) => q.rows({ column: 'worker', where: 't.worker_id IS NULL AND t.worker IS NULL', message: textLit('no worker id and no worker name') }),
  },
  {
    id: 'supervision-case-without-child',
    kind: 'supervision',
    severity: 'warning',
    title: 'Case supervision with no child id',
    reads: ['supervision_type'],
    sql: (_ctx, q) => q.rows({ column: 'child_id', where: "t.supervision_type = 'Case' AND t.child_id IS NULL", message: textLit('case supervision, but no child is named') }),
  },
  {
    id: 'supervision-by-self',
    kind: 'supervision',
    severity: 'warning',
    title: 'Supervisor is the worker supervised',
    reads: ['worker', 'supervisor'],
    sql: (_ctx, q) => q.rows({ column: 'supervisor', value: 't.supervisor', where: 'lower(t.supervisor) = lower(t.worker)', message: textLit('the supervisor is the worker supervised') }),
  },
  duplicateRule('supervision', 'supervision-duplicate', {
    column: 'supervision_date',
    reads: ['supervision_date'],
    partition: 'coalesce(s.worker_id, lower(s.worker)), s.supervision_date, s.supervision_type, s.child_id',
    where: 's.supervision_date IS NOT NULL AND (s.worker_id IS NOT NULL OR s.worker IS NOT NULL)',
    same: 'worker, date, type and child',
    title: 'Same worker, supervision date, type (and child, for case supervision) as an earlier row',
  }),

  // Management oversight
  blankRule('oversight', 'oversight-child-missing', 'error', 'child_id', 'Row has no child id, so it cannot be tied to a case'),
  blankRule('oversight', 'oversight-date-missing', 'error', 'oversight_date', 'Oversight date is blank'),
  futureRule('oversight', 'oversight-future-date', 'oversight_date', "Oversight date after the extract's as-at date"),
  duplicateRule('oversight', 'oversight-duplicate', {
    column: 'oversight_date',
    reads: ['child_id', 'oversight_date'],
    partition: 's.child_id, s.oversight_date, s.oversight_kind, lower(s.manager), lower(s.worker)',
    where: 's.child_id IS NOT NULL AND s.oversight_date IS NOT NULL',
    same: 'child, date, kind, manager and worker',
    title: 'Same child, oversight date, kind, manager and worker as an earlier row',
  }),

  // Case audits
  blankRule('audits', 'audit-child-missing', 'error', 'child_id', 'Row has no child id, so it cannot be tied to a case'),
  blankRule('audits', 'audit-date-missing', 'error', 'audit_date', 'Audit date is blank'),
  futureRule('audits', 'audit-future-date', 'audit_date', "Audit date after the extract's as-at date"),
  blankRule('audits', 'audit-grade-missing', 'error', 'grade', 'Audit grade is blank (the audit cannot count as Good or better, or not)'),
  blankRule('audits', 'audit-domain-missing', 'warning', 'domain', 'Audit domain is blank (the grade cannot be placed by domain)'),
  duplicateRule('audits', 'audit-duplicate', {
    column: 'domain',
    reads: ['audit_date'],
    partition: "coalesce('id:' || s.audit_id, 'child:' || s.child_id || '|' || CAST(s.audit_date AS VARCHAR)), s.domain",
    where: 's.audit_id IS NOT NULL OR (s.child_id IS NOT NULL AND s.audit_date IS NOT NULL)',
    same: 'audit and domain',
    title: 'Same audit (or, without an audit id, the same child and audit date) and domain as an earlier row',
  }),
  {
    id: 'audit-id-reused',
    kind: 'audits',
    severity: 'warning',
    title: 'One audit id is used for more than one child',
    reads: ['audit_id', 'child_id'],
    sql: (ctx, q) =>
      q.rows({
        column: 'audit_id',
        value: 't.audit_id',
        where: 't.children > 1',
        message: `'audit ' || t.audit_id || ' names ' || ${str('t.children')} || ' different children'`,
        from: `(SELECT s.*, count(DISTINCT s.child_id) OVER (PARTITION BY s.audit_id) AS children
  FROM ${localTable(q.template)} s WHERE s.extract_id = ${intLit(ctx.extractId)} AND s.audit_id IS NOT NULL) t`,
      }),
  },

  // Establishment
  blankRule('establishment', 'establishment-team-missing', 'error', 'team', 'Row has no team'),
  blankRule('establishment', 'establishment-month-missing', 'warning', 'as_at', 'Month is blank (the row is taken as at the extract\'s as-at date)'),
  {
    id: 'establishment-future-month',
    kind: 'establishment',
    severity: 'error',
    title: "Month after the extract's as-at month",
    reads: ['as_at'],
    sql: (ctx, q) =>
      q.rows({
        column: 'as_at',
        value: str('t.as_at'),
        where: `${monthIndex('t.as_at')} > ${monthIndex(ctx.asAt)}`,
        message: `${textLit(`${q.header('as_at')} `)} || ${str('t.as_at')} || ' is after the as-at date ' || ${str(ctx.asAt)}`,
      }),
  },
  {
    id: 'establishment-negative-fte',
    kind: 'establishment',
    severity: 'error',
    title: 'An FTE is negative',
    reads: [],
    applies: (present) => FTE_COLUMNS.some((k) => present.has(k)),
    sql: (_ctx, q) =>
      unionAll(
        FTE_COLUMNS.filter((k) => q.has(k)).map((k) =>
          q.rows({ column: k, value: str(`t.${k}`), where: `t.${k} < 0`, message: `${textLit(`${q.header(k)} `)} || ${str(`t.${k}`)} || ' is negative'` }),
        ),
      ),
  },
  {
    id: 'establishment-vacant-over-funded',
    kind: 'establishment',
    severity: 'error',
    title: 'Vacant FTE greater than funded FTE',
    reads: ['vacant_fte', 'funded_fte'],
    sql: (_ctx, q) =>
      q.rows({
        column: 'vacant_fte',
        value: str('t.vacant_fte'),
        where: 't.vacant_fte > t.funded_fte',
        message: `${textLit(`${q.header('vacant_fte')} `)} || ${str('t.vacant_fte')} || ${textLit(` is more than ${q.header('funded_fte')} `)} || ${str('t.funded_fte')}`,
      }),
  },
  {
    id: 'establishment-fte-mismatch',
    kind: 'establishment',
    severity: 'info',
    title: 'Permanent FTE + vacant FTE differs from funded FTE (by more than 0.05)',
    reads: ['permanent_fte', 'vacant_fte', 'funded_fte'],
    sql: (_ctx, q) =>
      q.rows({
        column: 'funded_fte',
        value: str('t.funded_fte'),
        where: 'abs(t.permanent_fte + t.vacant_fte - t.funded_fte) > 0.05',
        message: `'permanent ' || ${str('t.permanent_fte')} || ' + vacant ' || ${str('t.vacant_fte')} || ' is not funded ' || ${str('t.funded_fte')}`,
      }),
  },
  duplicateRule('establishment', 'establishment-duplicate', {
    column: 'team',
    reads: ['team'],
    partition: "lower(s.team), lower(coalesce(s.role, '')), s.as_at",
    where: 's.team IS NOT NULL',
    same: 'team, role and month',
    title: 'Same team, role and month as an earlier row',
  }),
];

/** The rules of one template, as runnable quality rules for a file whose headers are `headers` (key → header as written). */
export function localRules(kind: LocalKind, headers: ReadonlyMap<string, string>): QualityRule[] {
  const template = localTemplate(kind);
  const present = new Set(headers.keys());
  return LOCAL_RULES.filter((r) => r.kind === kind && (r.applies ? r.applies(present) : r.reads.every((k) => present.has(k)))).map((r) => ({
    id: r.id,
    severity: r.severity,
    title: r.title,
    fields: r.reads.map((k) => `${kind}.${k}`),
    sql: (ctx) => r.sql(ctx, query(template, headers, ctx)),
  }));
}

function query(template: LocalTemplate, headers: ReadonlyMap<string, string>, ctx: RuleContext): LocalQuery {
  const header = (key: string): string => headers.get(key) ?? templateColumn(template, key).header;
  const hasChild = template.columns.some((c) => c.key === 'child_id');
  return {
    template,
    header,
    has: (key) => headers.has(key),
    rows: (o) => `SELECT CAST(NULL AS INTEGER) AS list, x.file_name AS sheet, t.row_number, ${o.column ? textLit(header(o.column)) : 'CAST(NULL AS VARCHAR)'} AS column_key,
  ${hasChild ? 't.child_id' : 'CAST(NULL AS VARCHAR)'} AS child_id, ${o.value ?? 'CAST(NULL AS VARCHAR)'} AS value, ${o.message} AS message
FROM ${o.from ?? `${localTable(template)} t`} JOIN extracts x ON x.extract_id = ${intLit(ctx.extractId)}
WHERE ${o.from ? 'true' : `t.extract_id = ${intLit(ctx.extractId)}`} AND (${o.where})`,
  };
}

/** Findings raised while a local template's file is read. */
export const LOCAL_READ_RULES: readonly ReadRule[] = [
  { id: 'unreadable-value', severity: 'error', title: 'A value could not be read (impossible date, unknown code, not a number, absurd length); stored as blank' },
  { id: 'missing-column', severity: 'varies', title: "The file has no column for one of the template's headers (error when rows cannot be used without it)" },
  { id: 'unmapped-column', severity: 'warning', title: "A column's header is not one of the template's; its values were not loaded" },
  { id: 'duplicate-column', severity: 'warning', title: 'Two columns have the same header; the first was loaded' },
  { id: 'header-approximate', severity: 'warning', title: 'A header was matched to the nearest template spelling; check it is the same column' },
  { id: 'header-alias', severity: 'info', title: 'A header was matched to a known variant of the template spelling' },
  { id: 'header-below-title', severity: 'info', title: 'The header row is below one or more title lines' },
  { id: 'extra-cells', severity: 'warning', title: 'A row has more cells than the header; those past the header were not loaded' },
  { id: 'encoding-windows-1252', severity: 'info', title: 'The file is not UTF-8 and was read as Windows-1252 (Excel\'s "CSV (Comma delimited)")' },
  { id: 'no-rows', severity: 'warning', title: 'The file has a header row but no data rows' },
];
