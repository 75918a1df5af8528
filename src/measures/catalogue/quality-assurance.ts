import type { Standards } from '../../config/config.js';
import type { Measure, MeasureDetail } from '../measure.js';
import { sharedRelation } from '../shared-relations.js';
import type { FlowPeriod } from '../sql-fragments.js';
import { PERIOD_WORDS, variantTitle } from '../variants.js';
import { CASELOAD_ROWS } from './workforce.js';

/**
 * Measures of the local templates (docs/local-templates.md): the establishment of teams
 * (agency and vacancy rates), supervision of case-holding workers (KPI W07), management
 * oversight of open cases (W08) and case audits (Q01). Each reads the file of its template
 * current at D (the latest loaded on or before D); records are counted by their own dates, so a
 * file is expected to hold at least the 12 months to its date (the templates ask for that).
 * Supervision and oversight are judged for the workers and children Annex A allocates at D.
 */

/** Extract, standard and note texts shared by the local measures. */
const FILE_NOTE = (template: string): string =>
  `Read from the ${template} file current at D (the latest loaded on or before D). Each file is expected to hold at least the 12 months to its date; when the file current at D was taken before D, records after its date are missing and the scorecard marks the figure as not covering D.`;

const NO_FILE_NOTE = (template: string): string => `With no ${template} file loaded on or before D, the cohort is empty: the percentage is null, the count 0.`;

const UNREADABLE_DATE_NOTE = (column: string): string =>
  `A record whose ${column} is blank or unreadable, or after D, is not counted (reported by the template’s checks and unreadable-value).`;

// ---- Establishment ----

/**
 * The establishment file's rows for D's month: rows of the file current at D whose Month is the
 * latest month in the file up to D's month (a blank Month is the file's as-at date), one row per
 * team and role (the first in the file wins). Rows with no team or an unreadable Month are left out.
 */
const ESTABLISHMENT = sharedRelation(`SELECT k.* FROM (
  SELECT m.*, row_number() OVER (PARTITION BY m.as_at, lower(m.team), lower(coalesce(m.role, '')) ORDER BY m.row_number) AS dup_rank
  FROM (
    SELECT r.*, max(r.ym) OVER (PARTITION BY r.as_at) AS latest_ym
    FROM (
      SELECT a.as_at, t.extract_id, t.row_number, t.team, t.service_area, t.role, coalesce(t.as_at, e.as_at) AS month_of,
        EXTRACT(YEAR FROM coalesce(t.as_at, e.as_at)) * 12 + EXTRACT(MONTH FROM coalesce(t.as_at, e.as_at)) AS ym,
        t.funded_fte, t.permanent_fte, t.permanent_fte_unreadable, t.agency_fte, t.agency_fte_unreadable, t.vacant_fte, t.vacant_fte_unreadable
      FROM asat a JOIN extracts e ON e.extract_id = a.establishment_extract_id
      JOIN local_establishment t ON t.extract_id = a.establishment_extract_id
      WHERE t.team IS NOT NULL AND NOT t.as_at_unreadable
        AND EXTRACT(YEAR FROM coalesce(t.as_at, e.as_at)) * 12 + EXTRACT(MONTH FROM coalesce(t.as_at, e.as_at)) <= EXTRACT(YEAR FROM a.as_at) * 12 + EXTRACT(MONTH FROM a.as_at)
    ) r
  ) m WHERE m.ym = m.latest_ym
) k WHERE k.dup_rank = 1`);

const ESTABLISHMENT_NOTES = [
  FILE_NOTE('establishment'),
  'The month is the latest Month in the file up to D’s month (a Month is read as its last day, so D = 15 March reads March’s rows); a blank Month is the file’s as-at date; rows with an unreadable Month or no team are left out. Every role the file lists counts (social workers, team managers…).',
  'Rows with the same team and role (ignoring case) for the month count once, the first in the file winning.',
  'A blank FTE counts as 0; an unreadable or negative one leaves the row out of the figure (reported by unreadable-value and establishment-negative-fte).',
  'The percentage is 100 × numerator ÷ denominator of the FTE sums (to 6 decimal places), rounded half-up to 4 decimal places; null when the denominator is 0. The breakdown by team divides each team’s own sums.',
  NO_FILE_NOTE('establishment'),
];

const ESTABLISHMENT_DETAILS: MeasureDetail[] = [
  { key: 'role', label: 'Role' },
  { key: 'month_of', label: 'Month' },
  { key: 'funded_fte', label: 'Funded FTE' },
  { key: 'permanent_fte', label: 'Permanent FTE' },
  { key: 'agency_fte', label: 'Agency FTE' },
  { key: 'vacant_fte', label: 'Vacant FTE' },
];

function establishmentRate(o: {
  id: string;
  title: string;
  column: 'agency_fte' | 'vacant_fte';
  header: string;
  numerator: string;
  denominator: string;
  note: string;
  source: string;
}): Measure {
  return {
    id: o.id,
    title: o.title,
    theme: 'workforce',
    kind: 'percent',
    aggregation: 'sums',
    period: 'snapshot',
    polarity: 'lower',
    unit: '%',
    lists: [],
    source: 'local-establishment',
    definition: { numerator: o.numerator, denominator: o.denominator, notes: [o.note, ...ESTABLISHMENT_NOTES], source: o.source },
    details: ESTABLISHMENT_DETAILS,
    cohortSql: `SELECT q.as_at, q.extract_id, 'establishment' AS sheet, q.row_number, CAST(NULL AS VARCHAR) AS child_id, q.team,
  CAST(NULL AS VARCHAR) AS worker, CAST(NULL AS VARCHAR) AS worker_key, q.part > 0 AS in_numerator,
  '${o.header} ' || CAST(q.part AS VARCHAR) || ', Permanent FTE ' || CAST(q.permanent AS VARCHAR) || ' (' || coalesce(q.role, 'whole team') || ')' AS reason,
  q.role, q.month_of, q.funded_fte, q.permanent_fte, q.agency_fte, q.vacant_fte, q.part AS metric, q.part + q.permanent AS weight
FROM (SELECT e.*, coalesce(e.${o.column}, 0) AS part, coalesce(e.permanent_fte, 0) AS permanent FROM ${ESTABLISHMENT} e) q
WHERE NOT q.${o.column}_unreadable AND NOT q.permanent_fte_unreadable AND q.part >= 0 AND q.permanent >= 0`,
  };
}

const establishmentAgency = establishmentRate({
  id: 'establishment_agency_rate',
  title: 'Agency staff (% of FTE in post, establishment template)',
  column: 'agency_fte',
  header: 'Agency FTE',
  numerator: 'Agency FTE, summed over the establishment rows of the month (every team and role).',
  denominator: 'Agency FTE plus Permanent FTE, summed over the same rows: the FTE in post, agency and permanent.',
  note: 'As the DfE agency rate (KPI W02: agency FTE ÷ (agency + permanent FTE)), month by month and team by team from the authority’s own establishment file.',
  source: 'Local establishment template (docs/local-templates.md); definition of KPI W02 (CSWW). England (census, not this template): 17.8% (CSWW23, 2023).',
});

const establishmentVacancy = establishmentRate({
  id: 'establishment_vacancy_rate',
  title: 'Vacant posts (% of funded FTE, establishment template)',
  column: 'vacant_fte',
  header: 'Vacant FTE',
  numerator: 'Vacant FTE (funded posts with no permanent post-holder, covered by agency or not), summed over the establishment rows of the month.',
  denominator: 'Vacant FTE plus Permanent FTE, summed over the same rows: vacant + filled posts (equal to Funded FTE when the row adds up).',
  note: 'As the DfE vacancy rate (KPI W03: vacant FTE ÷ (vacant + filled FTE)); Funded FTE is not read, so a row whose figures do not add up (establishment-fte-mismatch) is still counted from its vacant and permanent FTE.',
  source: 'Local establishment template (docs/local-templates.md); definition of KPI W03 (CSWW). England (census, not this template): 18.9% (CSWW23, 2023).',
});

// ---- Supervision ----

/** Workers Annex A allocates at D: each worker of the caseload cohort once, with their children. */
const ALLOCATED_WORKERS = sharedRelation(`SELECT r.as_at, min(r.extract_id) AS extract_id, min(r.sheet) AS sheet, min(r.row_number) AS row_number,
    min(r.team) AS team, min(r.worker) AS worker, lower(r.worker) AS worker_key, CAST(count(DISTINCT r.child_id) AS INTEGER) AS children
  FROM (${CASELOAD_ROWS}) r
  WHERE r.worker IS NOT NULL
  GROUP BY r.as_at, lower(r.worker)`);

/** Each worker's latest formal or reflective supervision on or before D, from the supervision file current at D. */
const LAST_SUPERVISION = sharedRelation(`SELECT a.as_at, lower(s.worker) AS worker_key, max(s.supervision_date) AS last_supervision
  FROM asat a JOIN local_supervision s ON s.extract_id = a.supervision_extract_id
  WHERE s.worker IS NOT NULL AND s.supervision_date <= a.as_at AND s.supervision_type IN ('Formal', 'Reflective')
  GROUP BY a.as_at, lower(s.worker)`);

const ALLOCATION_NOTE =
  'Allocated workers and children are Annex A’s caseload cohort at D (as caseload_mean): open rows of lists 6 (CIN), 7 (CP) and 8 (CLA) and every list 9 (care leavers) row, with a non-blank Allocated Worker, from the Annex A extract current at D.';

function supervisionInTimescale(s: Standards): Measure {
  const w = s.supervisionWeeks;
  const days = 7 * w;
  return {
    id: 'supervision_in_timescale',
    title: `Case-holding workers with formal or reflective supervision in the last ${w} weeks`,
    theme: 'quality-assurance',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'higher',
    unit: '%',
    lists: [6, 7, 8, 9],
    source: 'local-supervision',
    definition: {
      numerator: `Of the denominator, workers with a Formal or Reflective supervision dated within the last ${days} days of D (D − ${days} < Supervision Date ≤ D) in the supervision file current at D, matched by name: the file’s Worker equal to Annex A’s Allocated Worker, ignoring case.`,
      denominator: 'Workers allocated at least one open child in Annex A at D (the caseload_mean cohort’s workers), each worker once.',
      notes: [
        ALLOCATION_NOTE,
        `The standard (${w} weeks) is configured as standards.supervisionWeeks. A session exactly ${w} weeks before D is outside it.`,
        'Decision: the workers are Annex A’s allocated workers, not the workers in the supervision file, so a case-holding worker with no supervision recorded at all counts as not supervised. The match is on the worker’s name as Annex A spells it (case and repeated spaces ignored): a supervision row that gives only a Worker ID, or spells the name differently, is not matched, and its worker shows in the drill-down as not supervised.',
        'Group, case, ad hoc and other sessions do not count; neither does a session whose type is blank or unreadable (no readable code is never formal or reflective).',
        UNREADABLE_DATE_NOTE('Supervision Date'),
        'A worker in two teams is shown under the first team name in alphabetical order.',
        FILE_NOTE('supervision'),
        NO_FILE_NOTE('supervision'),
      ],
      source: 'Local standard (KPI W07; no national definition); local supervision template (docs/local-templates.md) and Ofsted Annex A allocations. No England figure.',
    },
    details: [
      { key: 'children', label: 'Children allocated' },
      { key: 'last_supervision', label: 'Last formal or reflective supervision' },
      { key: 'days_since', label: 'Days since' },
    ],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, CAST(NULL AS VARCHAR) AS child_id, q.team, q.worker, q.worker_key,
  coalesce(q.last_supervision > q.as_at - ${days}, FALSE) AS in_numerator,
  CASE WHEN q.last_supervision IS NULL THEN 'no formal or reflective supervision recorded up to D'
    WHEN q.last_supervision > q.as_at - ${days} THEN 'supervised ' || CAST(q.last_supervision AS VARCHAR)
    ELSE 'last supervised ' || CAST(q.last_supervision AS VARCHAR) || ': over ${w} weeks before D' END AS reason,
  q.children, q.last_supervision, q.days_since
FROM (
  SELECT w.*, l.last_supervision, w.as_at - l.last_supervision AS days_since
  FROM ${ALLOCATED_WORKERS} w JOIN asat a ON a.as_at = w.as_at
  LEFT JOIN ${LAST_SUPERVISION} l ON l.as_at = w.as_at AND l.worker_key = w.worker_key
  WHERE a.supervision_extract_id IS NOT NULL
) q`,
  };
}

const supervisionMonth: Measure = {
  id: 'supervision_month',
  title: 'Supervision sessions in the month',
  theme: 'quality-assurance',
  kind: 'count',
  period: 'month',
  polarity: 'context',
  unit: 'sessions',
  lists: [],
  source: 'local-supervision',
  definition: {
    numerator: 'Supervision sessions (rows of the supervision file current at D) whose Supervision Date is in the reporting month (1st of the month to D), of every type.',
    denominator: null,
    notes: [
      'Rows with the same worker (Worker ID, else the name ignoring case), date and type count once (and, for case supervision, the same child), the first in the file winning: the supervision-duplicate check.',
      'A row with neither Worker ID nor Worker is not counted (supervision-no-worker).',
      UNREADABLE_DATE_NOTE('Supervision Date'),
      'A group session is one row per worker who attended, so it counts once per worker.',
      FILE_NOTE('supervision'),
    ],
    source: 'Local supervision template (docs/local-templates.md); KPI W07. No England figure.',
  },
  details: [
    { key: 'supervision_date', label: 'Supervision date' },
    { key: 'supervision_type', label: 'Type' },
  ],
  cohortSql: `SELECT q.as_at, q.extract_id, 'supervision' AS sheet, q.row_number, q.child_id, q.team, q.worker, lower(q.worker) AS worker_key, TRUE AS in_numerator,
  coalesce(q.supervision_type, 'Type blank or unreadable:') || ' supervision on ' || CAST(q.supervision_date AS VARCHAR) AS reason, q.supervision_date, q.supervision_type
FROM (
  SELECT a.as_at, s.extract_id, s.row_number, s.worker, s.team, s.child_id, s.supervision_date, s.supervision_type,
    row_number() OVER (
      PARTITION BY a.as_at, coalesce(s.worker_id, lower(s.worker)), s.supervision_date, s.supervision_type, CASE WHEN s.supervision_type = 'Case' THEN s.child_id END
      ORDER BY s.row_number) AS dup_rank
  FROM asat a JOIN local_supervision s ON s.extract_id = a.supervision_extract_id
  WHERE (s.worker_id IS NOT NULL OR s.worker IS NOT NULL) AND s.supervision_date >= a.month_start AND s.supervision_date <= a.as_at
) q
WHERE q.dup_rank = 1`,
};

// ---- Management oversight ----

/** Open children Annex A allocates at D, each once (the caseload cohort less unallocated children). */
const ALLOCATED_CHILDREN = sharedRelation(`SELECT r.as_at, min(r.extract_id) AS extract_id, min(r.sheet) AS sheet, min(r.row_number) AS row_number, r.child_id,
    min(r.team) AS team, min(r.worker) AS worker, lower(min(r.worker)) AS worker_key, CAST(count(DISTINCT r.list) AS INTEGER) AS lists
  FROM (${CASELOAD_ROWS}) r
  WHERE r.worker IS NOT NULL
  GROUP BY r.as_at, r.child_id`);

/** Each child's latest oversight on or before D, from the oversight file current at D. */
const LAST_OVERSIGHT = sharedRelation(`SELECT a.as_at, o.child_id, max(o.oversight_date) AS last_oversight
  FROM asat a JOIN local_oversight o ON o.extract_id = a.oversight_extract_id
  WHERE o.child_id IS NOT NULL AND o.oversight_date <= a.as_at
  GROUP BY a.as_at, o.child_id`);

const OVERSIGHT_NOTES = [
  ALLOCATION_NOTE,
  'Decision: the cohort is the allocated open children (an unallocated child is counted by unallocated_open instead). A child counts once, however many lists hold them; the drill-down shows their first allocated worker and team in alphabetical order.',
  'An oversight record counts whatever its kind (a blank or unreadable Oversight Kind included); the file’s Child ID must equal Annex A’s child id exactly.',
  UNREADABLE_DATE_NOTE('Oversight Date'),
  FILE_NOTE('oversight'),
  NO_FILE_NOTE('oversight'),
];

const OVERSIGHT_DETAILS: MeasureDetail[] = [
  { key: 'lists', label: 'Lists the child is open in' },
  { key: 'last_oversight', label: 'Last oversight' },
  { key: 'days_since', label: 'Days since' },
];

function oversightCohort(inNumerator: string, within: string, outside: string): string {
  return `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key,
  coalesce(${inNumerator}, FALSE) AS in_numerator,
  CASE WHEN q.last_oversight IS NULL THEN 'no management oversight recorded up to D'
    WHEN ${inNumerator} THEN '${within} ' || CAST(q.last_oversight AS VARCHAR)
    ELSE 'last oversight ' || CAST(q.last_oversight AS VARCHAR) || ': ${outside}' END AS reason,
  q.lists, q.last_oversight, q.days_since
FROM (
  SELECT c.*, a.month_start, l.last_oversight, c.as_at - l.last_oversight AS days_since
  FROM ${ALLOCATED_CHILDREN} c JOIN asat a ON a.as_at = c.as_at
  LEFT JOIN ${LAST_OVERSIGHT} l ON l.as_at = c.as_at AND l.child_id = c.child_id
  WHERE a.oversight_extract_id IS NOT NULL
) q`;
}

function oversightInTimescale(s: Standards): Measure {
  const w = s.oversightWeeks;
  const days = 7 * w;
  return {
    id: 'oversight_in_timescale',
    title: `Allocated open children with management oversight recorded in the last ${w} weeks`,
    theme: 'quality-assurance',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'higher',
    unit: '%',
    lists: [6, 7, 8, 9],
    source: 'local-oversight',
    definition: {
      numerator: `Of the denominator, children with a management oversight record dated within the last ${days} days of D (D − ${days} < Oversight Date ≤ D) in the oversight file current at D.`,
      denominator: 'Open children allocated at D: distinct child ids open at D in lists 6–8, and every list 9 child, with a non-blank Allocated Worker in at least one list.',
      notes: [`The standard (${w} weeks) is configured as standards.oversightWeeks. A record exactly ${w} weeks before D is outside it.`, ...OVERSIGHT_NOTES],
      source: 'Local standard (KPI W08; no national definition); local management oversight template (docs/local-templates.md) and Ofsted Annex A allocations. No England figure.',
    },
    details: OVERSIGHT_DETAILS,
    cohortSql: oversightCohort(`q.last_oversight > q.as_at - ${days}`, 'oversight recorded', `over ${w} weeks before D`),
  };
}

const oversightRecordedMonth: Measure = {
  id: 'oversight_recorded_month',
  title: 'Allocated open children with management oversight recorded in the month',
  theme: 'quality-assurance',
  kind: 'percent',
  period: 'month',
  polarity: 'higher',
  unit: '%',
  lists: [6, 7, 8, 9],
  source: 'local-oversight',
  definition: {
    numerator: 'Of the denominator, children with a management oversight record dated in the reporting month (1st of the month ≤ Oversight Date ≤ D) in the oversight file current at D.',
    denominator: 'Open children allocated at D: distinct child ids open at D in lists 6–8, and every list 9 child, with a non-blank Allocated Worker in at least one list.',
    notes: ['KPI W08’s “cases with recorded oversight in period ÷ open cases”, with the period the reporting month; see oversight_in_timescale for the configured standard in weeks.', ...OVERSIGHT_NOTES],
    source: 'Local measure (KPI W08; no national definition); local management oversight template (docs/local-templates.md) and Ofsted Annex A allocations. No England figure.',
  },
  details: OVERSIGHT_DETAILS,
  cohortSql: oversightCohort('q.last_oversight >= q.month_start', 'oversight recorded', 'before the reporting month'),
};

// ---- Audits ----

/**
 * Audit rows of the audits file current at D dated on or before D, with the audit's key (its
 * Audit ID and child; without an ID, the child and date) and date (the latest on its rows), one
 * row per audit and domain (the first in the file wins), for audits dated in the 12 months to D.
 */
const AUDIT_ROWS = sharedRelation(`SELECT k.* FROM (
  SELECT d.*, max(d.audit_date) OVER (PARTITION BY d.as_at, d.audit_key) AS audit_day,
    row_number() OVER (PARTITION BY d.as_at, d.audit_key, d.domain ORDER BY d.row_number) AS dup_rank
  FROM (
    SELECT a.as_at, a.month_start, a.ytd_start, a.r12_start, t.extract_id, t.row_number, t.audit_id, t.child_id, t.team, t.worker,
      lower(t.worker) AS worker_key, t.audit_date, t.domain, t.grade, t.moderated,
      CASE WHEN t.audit_id IS NULL THEN 'child ' || t.child_id || ' on ' || CAST(t.audit_date AS VARCHAR) ELSE t.audit_id || ' (child ' || t.child_id || ')' END AS audit_key
    FROM asat a JOIN local_audits t ON t.extract_id = a.audits_extract_id
    WHERE t.child_id IS NOT NULL AND t.audit_date IS NOT NULL AND t.audit_date <= a.as_at
  ) d
) k WHERE k.dup_rank = 1 AND k.audit_day >= k.r12_start`);

const PERIOD_START: Record<FlowPeriod, string> = { month: 'q.month_start', ytd: 'q.ytd_start', rolling12: 'q.r12_start' };

const AUDIT_NOTES = [
  'An audit is its Audit ID and child (an ID reused for another child is another audit); without an Audit ID, the child and Audit Date. Its date is the latest Audit Date on its rows, and it is in a period when that date is.',
  'Rows of one audit with the same domain count once, the first in the file winning (the audit-duplicate check). Rows with no Child ID are left out (audit-child-missing).',
  UNREADABLE_DATE_NOTE('Audit Date'),
];

const AUDIT_DETAILS: MeasureDetail[] = [
  { key: 'audit_id', label: 'Audit ID' },
  { key: 'audit_day', label: 'Audit date' },
  { key: 'domain', label: 'Domain' },
  { key: 'grade', label: 'Grade' },
];

const AUDIT_SOURCE = 'Local measure (KPI Q01; no national definition); local case audits template (docs/local-templates.md). Ofsted’s four grades. No England figure.';

interface AuditDomain {
  /** The stored domain code. */
  readonly code: string;
  /** The id's suffix ('' for Overall). */
  readonly suffix: string;
  readonly words: string;
}

const OVERALL: AuditDomain = { code: 'Overall', suffix: '', words: 'overall' };
/** The practice domains graded across every kind of case. */
export const AUDIT_PRACTICE_DOMAINS: readonly AuditDomain[] = [
  { code: 'Assessment', suffix: '_assessment', words: 'on assessment' },
  { code: 'Planning', suffix: '_planning', words: 'on planning' },
  { code: 'Voice of the child', suffix: '_voice_of_the_child', words: 'on the voice of the child' },
  { code: 'Management oversight', suffix: '_management_oversight', words: 'on management oversight' },
  { code: 'Recording', suffix: '_recording', words: 'on recording' },
];

/** A share of audits graded on a domain in the period whose grade is one of `grades`. */
function auditsGraded(o: { base: string; domain: AuditDomain; period: FlowPeriod; grades: readonly string[]; title: string; gradeWords: string; polarity: 'higher' | 'lower' }): Measure {
  const id = `${o.base}${o.domain.suffix}${o.period === 'month' ? '_month' : o.period === 'ytd' ? '_ytd' : ''}`;
  const graded = o.domain.code === 'Overall' ? 'graded overall (a row with Domain Overall)' : `graded on the ${o.domain.code} domain (Domain ${o.domain.code})`;
  return {
    id,
    title: variantTitle(`${o.title}${o.domain.code === 'Overall' ? '' : ` ${o.domain.words}`}${o.period === 'month' ? ' in the month' : ''}`, o.period),
    theme: 'quality-assurance',
    kind: 'percent',
    period: o.period,
    polarity: o.polarity,
    unit: '%',
    lists: [],
    source: 'local-audits',
    definition: {
      numerator: `Of the denominator, audits whose ${o.domain.code === 'Overall' ? 'overall grade' : `grade ${o.domain.words}`} is ${o.gradeWords}.`,
      denominator: `Case audits dated in ${PERIOD_WORDS[o.period]} ${graded} with a grade.`,
      notes: [
        'A blank or unreadable Grade leaves the audit out (the audit cannot be judged either way; reported by audit-grade-missing and unreadable-value). An audit with no row for the domain is not in the figure.',
        ...AUDIT_NOTES,
        FILE_NOTE('audits'),
        NO_FILE_NOTE('audits'),
      ],
      source: AUDIT_SOURCE,
    },
    details: AUDIT_DETAILS,
    cohortSql: `SELECT q.as_at, q.extract_id, 'audits' AS sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key,
  q.grade IN (${o.grades.map((g) => `'${g}'`).join(', ')}) AS in_numerator,
  '${o.domain.code}: ' || q.grade || ' on ' || CAST(q.audit_day AS VARCHAR) AS reason,
  q.audit_id, q.audit_day, q.domain, q.grade
FROM ${AUDIT_ROWS} q
WHERE q.domain = '${o.domain.code}' AND q.grade IS NOT NULL AND q.audit_day >= ${PERIOD_START[o.period]}`,
  };
}

const goodOrBetter = (domain: AuditDomain, period: FlowPeriod): Measure =>
  auditsGraded({ base: 'audits_good_or_better', domain, period, grades: ['Outstanding', 'Good'], title: 'Case audits graded good or better', gradeWords: 'Outstanding or Good', polarity: 'higher' });

/** One row per audit dated in the period: the audit's first row, its domains and overall grade. */
function auditsOf(period: FlowPeriod): string {
  return `SELECT q.as_at, min(q.extract_id) AS extract_id, min(q.row_number) AS row_number, min(q.child_id) AS child_id, min(q.team) AS team,
    min(q.worker) AS worker, lower(min(q.worker)) AS worker_key, min(q.audit_id) AS audit_id, q.audit_day,
    CAST(count(*) AS INTEGER) AS domains, max(CASE WHEN q.domain = 'Overall' THEN q.grade END) AS overall_grade,
    max(CASE WHEN q.moderated = 'Yes' THEN 1 ELSE 0 END) AS moderated_rows
  FROM ${AUDIT_ROWS} q
  WHERE q.audit_day >= ${PERIOD_START[period]}
  GROUP BY q.as_at, q.audit_key, q.audit_day`;
}

const PER_AUDIT_DETAILS: MeasureDetail[] = [
  { key: 'audit_id', label: 'Audit ID' },
  { key: 'audit_day', label: 'Audit date' },
  { key: 'domains', label: 'Domains graded' },
  { key: 'overall_grade', label: 'Overall grade' },
];

function auditsCompleted(period: FlowPeriod): Measure {
  return {
    id: period === 'month' ? 'audits_completed_month' : period === 'ytd' ? 'audits_completed_ytd' : 'audits_completed_r12',
    title: variantTitle(period === 'month' ? 'Case audits completed in the month' : 'Case audits completed', period),
    theme: 'quality-assurance',
    kind: 'count',
    period,
    polarity: 'context',
    unit: 'audits',
    lists: [],
    source: 'local-audits',
    definition: {
      numerator: `Case audits dated in ${PERIOD_WORDS[period]}, each audit once however many domains it grades.`,
      denominator: null,
      notes: ['An audit counts whatever its grades (a blank or unreadable Grade included).', ...AUDIT_NOTES, FILE_NOTE('audits')],
      source: 'Local measure (KPI Q01’s “audits completed”); local case audits template (docs/local-templates.md). No England figure.',
    },
    details: PER_AUDIT_DETAILS,
    cohortSql: `SELECT q.as_at, q.extract_id, 'audits' AS sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key, TRUE AS in_numerator,
  'audit completed on ' || CAST(q.audit_day AS VARCHAR) AS reason, q.audit_id, q.audit_day, q.domains, q.overall_grade
FROM (${auditsOf(period)}) q`,
  };
}

const auditsModerated: Measure = {
  id: 'audits_moderated',
  title: 'Case audits moderated (rolling 12 months)',
  theme: 'quality-assurance',
  kind: 'percent',
  period: 'rolling12',
  polarity: 'higher',
  unit: '%',
  lists: [],
  source: 'local-audits',
  definition: {
    numerator: 'Of the denominator, audits with Moderated = Yes on any of their rows.',
    denominator: `Case audits dated in ${PERIOD_WORDS.rolling12}, each audit once.`,
    notes: ['Moderated No, Unknown, blank or unreadable is not moderated (no readable code is never a Yes).', ...AUDIT_NOTES, FILE_NOTE('audits'), NO_FILE_NOTE('audits')],
    source: 'Local measure (KPI Q01 quality assurance); local case audits template (docs/local-templates.md). No England figure.',
  },
  details: [...PER_AUDIT_DETAILS, { key: 'moderated', label: 'Moderated' }],
  cohortSql: `SELECT q.as_at, q.extract_id, 'audits' AS sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key, q.moderated_rows = 1 AS in_numerator,
  CASE WHEN q.moderated_rows = 1 THEN 'moderated' ELSE 'not moderated' END AS reason, q.audit_id, q.audit_day, q.domains, q.overall_grade,
  CASE WHEN q.moderated_rows = 1 THEN 'Yes' ELSE 'No' END AS moderated
FROM (${auditsOf('rolling12')}) q`,
};

/** The local templates' measures under the authority's supervision and oversight standards, in scorecard order. */
export function qualityAssurance(s: Standards): Measure[] {
  return [
    establishmentAgency,
    establishmentVacancy,
    supervisionInTimescale(s),
    supervisionMonth,
    oversightInTimescale(s),
    oversightRecordedMonth,
    goodOrBetter(OVERALL, 'rolling12'),
    goodOrBetter(OVERALL, 'month'),
    ...AUDIT_PRACTICE_DOMAINS.map((d) => goodOrBetter(d, 'rolling12')),
    auditsGraded({ base: 'audits_inadequate', domain: OVERALL, period: 'rolling12', grades: ['Inadequate'], title: 'Case audits graded inadequate', gradeWords: 'Inadequate', polarity: 'lower' }),
    auditsCompleted('month'),
    auditsCompleted('ytd'),
    auditsModerated,
  ];
}
