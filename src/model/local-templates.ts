import type { CodeListKey } from './codes.js';

/**
 * The local templates: CSV layouts for what no statutory return holds (supervision, management
 * oversight, case audits, the establishment of teams). This one description is what the reader,
 * the store's tables, the generator and docs/local-templates.md are all built from.
 */

/** `month` reads a month (`2024-04`, `Apr 2024`) as its last day, or a full date as itself. */
export type TemplateColumnType = 'text' | 'date' | 'month' | 'decimal' | 'code';

export interface TemplateColumn {
  /** snake_case key: the store's column name. */
  readonly key: string;
  /** The header as the template spells it. */
  readonly header: string;
  readonly type: TemplateColumnType;
  readonly codes?: CodeListKey;
  /** Other headers accepted (matched ignoring case, spaces and punctuation). */
  readonly aliases?: readonly string[];
  /** A row without it cannot be used: the reader reports the column missing as an error. */
  readonly required?: boolean;
  /** Identifies a person (never shown to aggregate-only audiences). */
  readonly identifying?: boolean;
  /** What the column holds, for the documentation. */
  readonly description: string;
  /** A value as a file might hold it, for the documentation's example rows. */
  readonly examples: readonly [string, string];
}

export type LocalKind = 'supervision' | 'oversight' | 'audits' | 'establishment';

export interface LocalTemplate {
  readonly kind: LocalKind;
  readonly title: string;
  /** What one row is, and what the template is for. */
  readonly description: string;
  /** The date that dates a row: the as-at date falls back to its latest value, and later dates are flagged. */
  readonly keyDate: string;
  /** Columns of which the file must have at least one, and each row fill at least one (who the row is about). */
  readonly anyOf?: readonly string[];
  readonly columns: readonly TemplateColumn[];
}

type Extra = Partial<Omit<TemplateColumn, 'key' | 'header' | 'type' | 'description' | 'examples'>>;

function col(key: string, header: string, type: TemplateColumnType, description: string, examples: readonly [string, string], extra: Extra = {}): TemplateColumn {
  return { key, header, type, description, examples, ...extra };
}

const CHILD_ID_ALIASES = ['Child Unique ID', 'Child Identifier', 'Person ID', 'LA Child ID', 'Unique Child ID', 'Child'];
const TEAM = col('team', 'Team', 'text', "The team, spelt as in Annex A's Allocated Team so the two can be joined", ['Child Protection Team 1', 'Assessment Team North'], {
  aliases: ['Team Name', 'Allocated Team'],
});
const WORKER = col('worker', 'Worker', 'text', "The worker's name, spelt as in Annex A's Allocated Worker", ['Sarah Patel', 'Tom Hughes'], {
  identifying: true,
  aliases: ['Worker Name', 'Allocated Worker', 'Social Worker', 'Practitioner'],
});

export const LOCAL_TEMPLATES: readonly LocalTemplate[] = [
  {
    kind: 'supervision',
    title: 'Supervision',
    description:
      'One row per supervision session a worker received: formal one-to-one, reflective, group or case supervision. ' +
      'A group session is one row per worker who attended. Case supervision of one child may give the child id.',
    keyDate: 'supervision_date',
    anyOf: ['worker_id', 'worker'],
    columns: [
      col('worker_id', 'Worker ID', 'text', "The worker's staff or payroll number (give it, or the name, or both)", ['E10234', 'E10871'], {
        identifying: true,
        aliases: ['Staff ID', 'Employee ID', 'Worker Number', 'Staff Number', 'Payroll Number'],
      }),
      { ...WORKER, aliases: [...(WORKER.aliases ?? []), 'Supervisee', 'Staff Name'] },
      TEAM,
      col('supervision_date', 'Supervision Date', 'date', 'The day the session took place (dd/mm/yyyy or yyyy-mm-dd)', ['04/03/2024', '2024-03-11'], {
        required: true,
        aliases: ['Date of Supervision', 'Supervision Held', 'Date Held', 'Session Date', 'Date'],
      }),
      col('supervisor', 'Supervisor', 'text', 'Who gave the supervision', ['Ruth Clarke', 'Ruth Clarke'], {
        identifying: true,
        aliases: ['Supervisor Name', 'Supervising Manager', 'Line Manager', 'Manager'],
      }),
      col('supervision_type', 'Supervision Type', 'code', 'The kind of session', ['Formal', 'Reflective'], {
        codes: 'supervisionType',
        aliases: ['Type', 'Type of Supervision', 'Session Type'],
      }),
      col('child_id', 'Child ID', 'text', 'For case supervision of one child: the child, as in Annex A; otherwise blank', ['', ''], {
        identifying: true,
        aliases: CHILD_ID_ALIASES,
      }),
    ],
  },
  {
    kind: 'oversight',
    title: 'Management oversight',
    description: "One row per recorded management oversight of a child's case: a manager's direction, review or decision on the case file.",
    keyDate: 'oversight_date',
    columns: [
      col('child_id', 'Child ID', 'text', 'The child, as in Annex A', ['C000123', 'C000456'], { required: true, identifying: true, aliases: CHILD_ID_ALIASES }),
      TEAM,
      WORKER,
      col('oversight_date', 'Oversight Date', 'date', 'The day the oversight was recorded', ['12/03/2024', '19/03/2024'], {
        required: true,
        aliases: ['Management Oversight Date', 'Date of Oversight', 'Date of Management Oversight', 'Oversight Recorded', 'Date'],
      }),
      col('manager', 'Manager', 'text', 'The manager who recorded it', ['Ruth Clarke', 'Mark Evans'], {
        identifying: true,
        aliases: ['Manager Name', 'Team Manager', 'Recorded By', 'Oversight By'],
      }),
      col('oversight_kind', 'Oversight Kind', 'code', 'What the oversight was', ['Case direction', 'Review'], {
        codes: 'oversightKind',
        aliases: ['Kind', 'Type', 'Oversight Type', 'Type of Oversight'],
      }),
    ],
  },
  {
    kind: 'audits',
    title: 'Case audits',
    description:
      "One row per audited domain of a case audit: an audit graded overall and on assessment and planning is three rows with the same Audit ID. " +
      'Grades are Ofsted\'s four: Outstanding, Good, Requires improvement, Inadequate.',
    keyDate: 'audit_date',
    columns: [
      col('audit_id', 'Audit ID', 'text', "The audit's reference, the same on each of its domain rows", ['A2024-031', 'A2024-032'], {
        aliases: ['Audit Reference', 'Audit Ref', 'Audit Number'],
      }),
      col('child_id', 'Child ID', 'text', 'The child whose case was audited, as in Annex A', ['C000123', 'C000456'], {
        required: true,
        identifying: true,
        aliases: CHILD_ID_ALIASES,
      }),
      TEAM,
      WORKER,
      col('audit_date', 'Audit Date', 'date', 'The day the audit was completed', ['21/03/2024', '22/03/2024'], {
        required: true,
        aliases: ['Date of Audit', 'Date Audited', 'Completed Date', 'Date Completed', 'Date'],
      }),
      col('auditor', 'Auditor', 'text', 'Who audited the case', ['Helen Ward', 'Helen Ward'], { identifying: true, aliases: ['Audited By', 'Auditor Name'] }),
      col('domain', 'Domain', 'code', 'The part of practice graded (Overall for the audit as a whole)', ['Overall', 'Assessment'], {
        codes: 'auditDomain',
        aliases: ['Audit Domain', 'Area', 'Theme', 'Practice Area', 'Section'],
      }),
      col('grade', 'Grade', 'code', 'The grade given', ['Good', 'RI'], {
        codes: 'auditGrade',
        required: true,
        aliases: ['Audit Grade', 'Judgement', 'Judgment', 'Rating', 'Outcome'],
      }),
      col('moderated', 'Moderated', 'code', 'Whether the grade was moderated (Y/N)', ['Y', 'N'], {
        codes: 'yesNo',
        aliases: ['Moderated (Y/N)', 'Moderation', 'Moderated?'],
      }),
    ],
  },
  {
    kind: 'establishment',
    title: 'Establishment',
    description:
      'One row per team (and role, where a team reports several) per month: its funded posts and how they are filled. ' +
      'Vacant FTE is funded posts with no permanent post-holder, whether or not an agency worker covers them (as the DfE workforce census counts vacancies), ' +
      'so Permanent FTE + Vacant FTE = Funded FTE, and Agency FTE is counted beside them.',
    keyDate: 'as_at',
    columns: [
      col('team', 'Team', 'text', "The team, spelt as in Annex A's Allocated Team", ['Child Protection Team 1', 'Child Protection Team 1'], {
        required: true,
        aliases: ['Team Name'],
      }),
      col('service_area', 'Service Area', 'text', 'The service the team belongs to', ['Child protection', 'Child protection'], {
        aliases: ['Service', 'Area', 'Directorate', 'Service Line'],
      }),
      col('role', 'Role', 'text', 'The posts counted (for example Social worker, Team manager); blank when the row counts the whole team', ['Social worker', 'Team manager'], {
        aliases: ['Post', 'Post Type', 'Job Role', 'Role Type'],
      }),
      col('as_at', 'Month', 'month', 'The month the figures are for (Mar 2024, 2024-03, 03/2024: read as its last day), or the as-at date', ['Mar 2024', '2024-03-31'], {
        aliases: ['As At', 'As At Date', 'Period', 'Month End', 'Snapshot Date', 'Date'],
      }),
      col('funded_fte', 'Funded FTE', 'decimal', 'Funded posts, in full-time equivalents', ['9.0', '1.0'], {
        aliases: ['Establishment FTE', 'Budgeted FTE', 'Establishment', 'Funded Posts FTE'],
      }),
      col('permanent_fte', 'Permanent FTE', 'decimal', 'Funded posts held by permanent (employed) staff', ['7.5', '1.0'], {
        aliases: ['Permanent Staff FTE', 'Employed FTE', 'Substantive FTE', 'Permanent'],
      }),
      col('agency_fte', 'Agency FTE', 'decimal', 'Agency (or interim, locum) workers in the team', ['1.5', '0'], {
        aliases: ['Agency Staff FTE', 'Interim FTE', 'Locum FTE', 'Agency'],
      }),
      col('vacant_fte', 'Vacant FTE', 'decimal', 'Funded posts with no permanent post-holder (covered by agency or not)', ['1.5', '0'], {
        aliases: ['Vacancies FTE', 'Vacancy FTE', 'Vacancies', 'Vacant'],
      }),
    ],
  },
];

export const LOCAL_KINDS: readonly LocalKind[] = LOCAL_TEMPLATES.map((t) => t.kind);

export function isLocalKind(s: string): s is LocalKind {
  return (LOCAL_KINDS as readonly string[]).includes(s);
}

export function localTemplate(kind: LocalKind): LocalTemplate {
  const t = LOCAL_TEMPLATES.find((x) => x.kind === kind);
  if (!t) throw new RangeError(`no local template "${kind}"`);
  return t;
}

/** The store's table of a template's rows. */
export function localTable(t: LocalTemplate): string {
  return `local_${t.kind}`;
}

/** The extract source a template's loads are recorded under. */
export function localSource(t: LocalTemplate): string {
  return `local-${t.kind}`;
}

export function templateColumn(t: LocalTemplate, key: string): TemplateColumn {
  const c = t.columns.find((x) => x.key === key);
  if (!c) throw new RangeError(`the ${t.kind} template has no column ${key}`);
  return c;
}
