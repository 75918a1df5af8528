import type { Measure, MeasureDetail } from '../measure.js';
import { sharedRelation } from '../shared-relations.js';
import { england } from './extended-sql.js';

/**
 * Measures of the DfE Children's Social Work Workforce census (KPIs W01–W04 and sickness
 * absence), read from the census current at D (the latest loaded on or before D) and figured as
 * at its own date: the census date is the extract's as-at date (the file's ReferenceDate, 30
 * September, unless the load gave --as-at). The census has no teams and no worker names: a
 * worker's row in the drill-down is `worker N`, N its position in the file (never the Social
 * Work England number or its hash), with no team or worker, so these have no team breakdown.
 */

/** Every CSWWWorker of the census current at D, with where it stands at the census date. */
const CENSUS_WORKERS = sharedRelation(`SELECT a.as_at, w.extract_id, e.as_at AS census_date, w.position, w.swe_hash,
    w.agency_worker, w.fte, w.fte_unreadable, w.org_role, w.role_end_date, w.role_end_date_unreadable,
    w.fte30, w.fte30_unreadable, w.cases30, w.cases30_unreadable, w.working_days_lost, w.working_days_lost_unreadable,
    w.absent_30_sept, w.absent_30_sept_unreadable,
    CASE WHEN w.role_end_date_unreadable THEN 'unreadable RoleEndDate'
      WHEN w.role_end_date IS NULL OR w.role_end_date > e.as_at THEN 'in post'
      WHEN w.role_end_date > e.as_at - 365 THEN 'leaver'
      ELSE 'left before the year' END AS status
  FROM asat a JOIN extracts e ON e.extract_id = a.workforce_extract_id
  JOIN workforce_workers w ON w.extract_id = a.workforce_extract_id`);

/**
 * Employees (AgencyWorker 0) in post or who left in the year, one row per person as DfE counts
 * headcount: in post once per SWE number, leavers once per SWE number and leaving date (the
 * first in the file wins; a worker with no SWE number is one person).
 */
const PEOPLE = sharedRelation(`SELECT d.* FROM (
  SELECT w.*, row_number() OVER (
    PARTITION BY w.as_at, w.status, coalesce(w.swe_hash, 'position ' || CAST(w.position AS VARCHAR)), CASE WHEN w.status = 'leaver' THEN w.role_end_date END
    ORDER BY w.position) AS per_person
  FROM ${CENSUS_WORKERS} w
  WHERE w.agency_worker = FALSE AND w.status IN ('in post', 'leaver')
) d WHERE d.per_person = 1`);

/** The census's authority-level figures (`LALevelVacancies`), one row per as-at date with a census. */
const CENSUS_LA = sharedRelation(`SELECT a.as_at, l.extract_id, e.as_at AS census_date,
    l.vacancies_fte, l.agency_fte, l.agency_headcount
  FROM asat a JOIN extracts e ON e.extract_id = a.workforce_extract_id
  JOIN workforce_la l ON l.extract_id = a.workforce_extract_id`);

/** Standard cohort columns of a worker row (`w`): no child, team or worker name; `worker N` as the reference. */
const WORKER_COLUMNS = `w.as_at, w.extract_id, 'CSWWWorker' AS sheet, w.position AS row_number, 'worker ' || CAST(w.position AS VARCHAR) AS child_id,
  CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS worker, CAST(NULL AS VARCHAR) AS worker_key`;

/** Standard cohort columns of the authority row (`l`). */
const LA_COLUMNS = `l.as_at, l.extract_id, 'LALevelVacancies' AS sheet, 0 AS row_number, CAST(NULL AS VARCHAR) AS child_id,
  CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS worker, CAST(NULL AS VARCHAR) AS worker_key`;

const EMPLOYEE_IN_POST = `w.agency_worker = FALSE AND w.status = 'in post'`;

const fte = (expr: string): string => `coalesce(CAST(${expr} AS VARCHAR), 'blank')`;

const CENSUS_NOTES = [
  'Read from the workforce census current at D (the latest loaded on or before D), as at its census date: the extract’s as-at date, which is the file’s ReferenceDate (30 September) unless the load gave --as-at. The census is taken once a year, so the figure changes only when a new census is loaded.',
  'In post at the census date: RoleEndDate blank or after the census date; a leaver in the year: RoleEndDate in the 365 days to the census date (census date − 365 < RoleEndDate ≤ census date). A worker whose RoleEndDate is unreadable is left out (reported by unreadable-value).',
  'Employees are workers with AgencyWorker 0; AgencyWorker blank or unreadable leaves a worker out of the employee figures (reported by missing-element or unreadable-value).',
];

const FTE_NOTE =
  'FTE is the worker’s FTE element. A blank FTE adds nothing to an FTE sum (DfE excludes workers with missing FTE from FTE figures); an unreadable one (not a number from 0 to 1) leaves the worker out of the figure.';

const WORKER_REFERENCE_NOTE = 'The drill-down names each worker `worker N`, N its position in the census file; the census has no teams, so the figure has no team breakdown.';

const SOURCE = 'DfE Children’s Social Work Workforce census (CSWW); spec/returns.md';

const censusDetails = (...extra: MeasureDetail[]): MeasureDetail[] => [
  { key: 'census_date', label: 'Census date' },
  { key: 'status', label: 'Status at the census date' },
  ...extra,
];

interface LaShare {
  readonly id: string;
  readonly title: string;
  readonly column: 'agency_fte' | 'vacancies_fte';
  readonly element: string;
  readonly words: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly notes: readonly string[];
  readonly source: string;
}

/** An authority-level FTE over itself plus the FTE of employees in post (the DfE agency and vacancy rates). */
function laShareOfFte(o: LaShare): Measure {
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
    source: 'workforce',
    definition: {
      numerator: o.numerator,
      denominator: o.denominator,
      notes: [
        ...o.notes,
        `When the census gives no readable ${o.element} (blank or unreadable) the figure is null, not 0: the census requires the figure, zero included.`,
        ...CENSUS_NOTES,
        FTE_NOTE,
        'The percentage is 100 × numerator ÷ denominator of the FTE sums (to 6 decimal places), rounded half-up to 4 decimal places; null when the denominator is 0.',
        WORKER_REFERENCE_NOTE,
      ],
      source: o.source,
    },
    details: censusDetails({ key: 'fte', label: 'FTE' }),
    cohortSql: `SELECT ${LA_COLUMNS}, TRUE AS in_numerator,
  '${o.words}: ' || CAST(l.${o.column} AS VARCHAR) || ' FTE (${o.element})' AS reason, l.census_date, '${o.words}' AS status,
  l.${o.column} AS fte, l.${o.column} AS metric, l.${o.column} AS weight
FROM ${CENSUS_LA} l WHERE l.${o.column} IS NOT NULL
UNION ALL
SELECT ${WORKER_COLUMNS}, FALSE AS in_numerator, 'employee in post: ' || ${fte('w.fte')} || ' FTE' AS reason, w.census_date, w.status,
  w.fte, w.fte AS metric, w.fte AS weight
FROM ${CENSUS_WORKERS} w JOIN ${CENSUS_LA} l ON l.as_at = w.as_at
WHERE l.${o.column} IS NOT NULL AND ${EMPLOYEE_IN_POST} AND NOT w.fte_unreadable`,
  };
}

const agencyRate = laShareOfFte({
  id: 'workforce_agency_rate',
  title: 'Agency social workers (% of FTE, workforce census)',
  column: 'agency_fte',
  element: 'NoAgencyFTE',
  words: 'agency social workers',
  numerator: 'Agency social workers, FTE: the census’s authority-level NoAgencyFTE (LALevelVacancies).',
  denominator:
    'Agency social workers, FTE (as the numerator) plus the FTE of the social workers the authority employs in post at the census date (CSWWWorker records with AgencyWorker 0, every role: managers, senior practitioners, case holders and qualified workers without cases).',
  notes: [
    'DfE’s agency worker rate: agency FTE ÷ (agency FTE + FTE of social workers in post). The CSWWWorker records of agency workers (AgencyWorker 1) are not summed: the authority’s own NoAgencyFTE is the agency figure DfE publishes.',
  ],
  source: `${SOURCE}; KPI W02. ${england('17.8% (CSWW23, 2023); about 6,500 agency FTE in 2024 (CYP Now).')}`,
});

const vacancyRate = laShareOfFte({
  id: 'workforce_vacancy_rate',
  title: 'Social worker vacancies (% of posts, FTE, workforce census)',
  column: 'vacancies_fte',
  element: 'NumberOfVacancies',
  words: 'vacancies',
  numerator: 'Vacant social worker posts, FTE: the census’s authority-level NumberOfVacancies (LALevelVacancies), which counts posts covered by agency workers as vacant.',
  denominator:
    'Vacancies, FTE (as the numerator) plus the FTE of the social workers the authority employs in post at the census date (CSWWWorker records with AgencyWorker 0, every role): vacant + filled posts.',
  notes: ['DfE’s vacancy rate: vacant FTE ÷ (vacant FTE + FTE of social workers in post).'],
  source: `${SOURCE}; KPI W03. ${england('18.9% (CSWW23, 2023).')}`,
});

const agencyRateHeadcount: Measure = {
  id: 'workforce_agency_rate_headcount',
  title: 'Agency social workers (% of headcount, workforce census)',
  theme: 'workforce',
  kind: 'percent',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'Agency social workers, headcount: the census’s authority-level NoAgencyHeadcount (LALevelVacancies).',
    denominator:
      'Agency headcount (as the numerator) plus the headcount of social workers the authority employs in post at the census date (AgencyWorker 0, every role), each person once: workers with the same Social Work England number count once (the first in the file wins), as DfE counts headcount.',
    notes: [
      'DfE’s agency rate on a headcount basis: agency headcount ÷ (agency headcount + headcount in post).',
      'When the census gives no readable NoAgencyHeadcount (blank or unreadable) the figure is null, not 0.',
      ...CENSUS_NOTES,
      WORKER_REFERENCE_NOTE,
    ],
    source: `${SOURCE}; KPI W02 (headcount basis). No England figure in the KPI catalogue.`,
  },
  details: censusDetails(),
  cohortSql: `SELECT ${LA_COLUMNS}, TRUE AS in_numerator,
  'agency social workers: ' || CAST(l.agency_headcount AS VARCHAR) || ' (NoAgencyHeadcount)' AS reason, l.census_date, 'agency social workers' AS status,
  l.agency_headcount AS metric, l.agency_headcount AS weight
FROM ${CENSUS_LA} l WHERE l.agency_headcount IS NOT NULL
UNION ALL
SELECT ${WORKER_COLUMNS}, FALSE AS in_numerator, 'employee in post' AS reason, w.census_date, w.status, 1 AS metric, 1 AS weight
FROM ${PEOPLE} w JOIN ${CENSUS_LA} l ON l.as_at = w.as_at
WHERE l.agency_headcount IS NOT NULL AND w.status = 'in post'`,
};

const TURNOVER_NOTES = [
  'DfE’s turnover rate: leavers in the year to 30 September ÷ social workers in post at 30 September. Leavers are not part of the denominator, so the rate can exceed 100%.',
  'Agency workers are neither leavers nor in post here (employees only, as DfE).',
];

const turnoverRate: Measure = {
  id: 'workforce_turnover_rate',
  title: 'Social worker turnover (% of FTE, workforce census)',
  theme: 'workforce',
  kind: 'percent',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'FTE of employees (AgencyWorker 0) who left in the 12 months to the census date: RoleEndDate after the census date − 365 days and on or before the census date.',
    denominator: 'FTE of employees in post at the census date (RoleEndDate blank or after it), every role.',
    notes: [...TURNOVER_NOTES, ...CENSUS_NOTES, FTE_NOTE, WORKER_REFERENCE_NOTE],
    source: `${SOURCE}; KPI W04. ${england('15.9% of FTE (CSWW23, 2023); 13.8% (CYP Now, 2024).')}`,
  },
  details: censusDetails({ key: 'role_end_date', label: 'RoleEndDate' }, { key: 'fte', label: 'FTE' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, w.status = 'leaver' AS in_numerator,
  CASE WHEN w.status = 'leaver' THEN 'left on ' || CAST(w.role_end_date AS VARCHAR) || ': ' || ${fte('w.fte')} || ' FTE'
    ELSE 'in post: ' || ${fte('w.fte')} || ' FTE' END AS reason,
  w.census_date, w.status, w.role_end_date, w.fte,
  CASE WHEN w.status = 'leaver' THEN w.fte ELSE 0 END AS metric,
  CASE WHEN w.status = 'in post' THEN w.fte ELSE 0 END AS weight
FROM ${CENSUS_WORKERS} w
WHERE w.agency_worker = FALSE AND w.status IN ('in post', 'leaver') AND NOT w.fte_unreadable`,
};

const turnoverRateHeadcount: Measure = {
  id: 'workforce_turnover_rate_headcount',
  title: 'Social worker turnover (% of headcount, workforce census)',
  theme: 'workforce',
  kind: 'percent',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'workforce',
  definition: {
    numerator:
      'Employees (AgencyWorker 0) who left in the 12 months to the census date (census date − 365 < RoleEndDate ≤ census date), each person once per leaving date: records with the same Social Work England number and RoleEndDate count once.',
    denominator: 'Employees in post at the census date, every role, each person once (records with the same Social Work England number count once).',
    notes: [...TURNOVER_NOTES, 'The first record in the file wins; a record with no SWE number is a person of its own.', ...CENSUS_NOTES, WORKER_REFERENCE_NOTE],
    source: `${SOURCE}; KPI W04 (headcount basis). No England headcount figure in the KPI catalogue.`,
  },
  details: censusDetails({ key: 'role_end_date', label: 'RoleEndDate' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, w.status = 'leaver' AS in_numerator,
  CASE WHEN w.status = 'leaver' THEN 'left on ' || CAST(w.role_end_date AS VARCHAR) ELSE 'in post' END AS reason,
  w.census_date, w.status, w.role_end_date,
  CASE WHEN w.status = 'leaver' THEN 1 ELSE 0 END AS metric,
  CASE WHEN w.status = 'in post' THEN 1 ELSE 0 END AS weight
FROM ${PEOPLE} w`,
};

/** Workers in post (employees and agency alike) with their FTE on 30 September: FTE30, or FTE when FTE30 is blank. */
const WORKERS_IN_POST = `SELECT w.*, CASE WHEN w.fte30 IS NOT NULL THEN w.fte30 ELSE w.fte END AS case_fte,
    CASE WHEN w.agency_worker THEN 'agency' WHEN NOT w.agency_worker THEN 'employee' ELSE 'not known' END AS employment
  FROM ${CENSUS_WORKERS} w
  WHERE w.status = 'in post' AND NOT w.cases30_unreadable`;

/** The FTE on 30 September can be read: FTE30 readable, and when it is blank, FTE readable. */
const CASE_FTE_READABLE = 'NOT w.fte30_unreadable AND (w.fte30 IS NOT NULL OR NOT w.fte_unreadable)';

const CASELOAD_NOTES = [
  'Case holders are workers in post at the census date, employees and agency workers alike (AgencyWorker 0 or 1, or not known), in any role, with Cases30 ≥ 1: DfE counts the cases agency workers hold.',
  'A Cases30 that is blank or unreadable, or an unreadable FTE30, leaves the worker out (unreadable values are reported by unreadable-value).',
];

const caseloadMean: Measure = {
  id: 'workforce_caseload_mean',
  title: 'Average caseload per case-holding FTE (workforce census)',
  theme: 'workforce',
  kind: 'mean',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'lower',
  unit: 'cases per FTE',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'Cases held on 30 September (the sum of Cases30) by the case holders: workers in post at the census date with Cases30 ≥ 1.',
    denominator:
      'The case holders’ FTE on 30 September: the sum of FTE30 (FTE when FTE30 is blank). Case holders whose FTE is blank or 0 are left out of both sums (csww-cases-without-fte reports an FTE of 0).',
    notes: [
      'DfE’s average caseload: cases held by case-holding social workers ÷ FTE of case holders. Annex A’s caseload_mean counts children per allocated worker instead.',
      ...CASELOAD_NOTES,
      'The mean is rounded half-up to 4 decimal places; null when there are no case holders.',
      ...CENSUS_NOTES.slice(0, 2),
      WORKER_REFERENCE_NOTE,
    ],
    source: `${SOURCE}; KPI W01 (DfE caseload_fte). ${england('16.0 (CSWW23, 2023).')}`,
  },
  details: censusDetails({ key: 'employment', label: 'Employment' }, { key: 'org_role', label: 'OrgRole' }, { key: 'cases30', label: 'Cases30' }, { key: 'case_fte', label: 'FTE on 30 September' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, TRUE AS in_numerator,
  CAST(w.cases30 AS VARCHAR) || ' case(s) on ' || CAST(w.census_date AS VARCHAR) || ', ' || CAST(w.case_fte AS VARCHAR) || ' FTE' AS reason,
  w.census_date, w.status, w.employment, w.org_role, w.cases30, w.case_fte, w.cases30 AS metric, w.case_fte AS weight
FROM (${WORKERS_IN_POST}) w
WHERE w.cases30 >= 1 AND ${CASE_FTE_READABLE} AND w.case_fte > 0`,
};

const caseloadMax: Measure = {
  id: 'workforce_caseload_max',
  title: 'Largest caseload held by one worker (workforce census)',
  theme: 'workforce',
  kind: 'count',
  aggregation: 'largest',
  period: 'snapshot',
  polarity: 'lower',
  unit: 'cases',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'The largest Cases30 of any worker in post at the census date (employees and agency workers, any role).',
    denominator: null,
    notes: [
      'Each CSWWWorker record is one caseload: a person with two posts has two.',
      'A blank or unreadable Cases30 leaves the worker out; null when no worker in post has a Cases30.',
      ...CENSUS_NOTES.slice(0, 2),
      WORKER_REFERENCE_NOTE,
    ],
    source: `${SOURCE}; KPI W01. No England figure.`,
  },
  details: censusDetails({ key: 'employment', label: 'Employment' }, { key: 'org_role', label: 'OrgRole' }, { key: 'cases30', label: 'Cases30' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, TRUE AS in_numerator, CAST(w.cases30 AS VARCHAR) || ' case(s) on ' || CAST(w.census_date AS VARCHAR) AS reason,
  w.census_date, w.status, w.employment, w.org_role, w.cases30, w.cases30 AS metric
FROM (${WORKERS_IN_POST}) w
WHERE w.cases30 IS NOT NULL`,
};

/** Employees in post with a readable, given FTE and days lost: the absence measures' rows. */
const ABSENCE_ROWS = `SELECT w.*, coalesce(w.working_days_lost, 0) AS days_lost, cd.wd - cs.wd AS working_days_in_year
  FROM ${CENSUS_WORKERS} w
  LEFT JOIN calendar cs ON cs.day = w.census_date - 365
  LEFT JOIN calendar cd ON cd.day = w.census_date
  WHERE ${EMPLOYEE_IN_POST} AND w.fte IS NOT NULL AND NOT w.fte_unreadable AND NOT w.working_days_lost_unreadable`;

const ABSENCE_NOTES = [
  'Employees in post at the census date (AgencyWorker 0, every role); WorkingDaysLost is the working days each lost to sickness absence in the year to the census date.',
  'A blank WorkingDaysLost counts as 0 days lost and keeps the worker in the denominator (no absence recorded); an unreadable one (not a number from 0 to 366) leaves the worker out. A worker with a blank or unreadable FTE is left out (no FTE to weigh the days by).',
];

const absenceRate: Measure = {
  id: 'workforce_absence_rate',
  title: 'Sickness absence rate (% of working days lost, workforce census)',
  theme: 'workforce',
  kind: 'percent',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'Working days lost to sickness absence in the year (the sum of WorkingDaysLost) by employees in post at the census date.',
    denominator:
      'Working days available to them: each employee’s FTE × the working days in the 365 days to the census date (census date − 365 < day ≤ census date; weekdays less England and Wales bank holidays and the configured closure days), summed.',
    notes: [
      'Modelled on DfE’s absence rate (working days lost as a share of the working days available to the FTE in post); DfE’s own count of working days in the year may differ by a day or two.',
      ...ABSENCE_NOTES,
      ...CENSUS_NOTES.slice(0, 2),
      WORKER_REFERENCE_NOTE,
    ],
    source: `${SOURCE} (WorkingDaysLost). No England figure in the KPI catalogue.`,
  },
  details: censusDetails({ key: 'fte', label: 'FTE' }, { key: 'days_lost', label: 'Working days lost' }, { key: 'working_days_in_year', label: 'Working days in the year' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, w.days_lost > 0 AS in_numerator,
  CAST(w.days_lost AS VARCHAR) || ' working day(s) lost of ' || coalesce(CAST(w.working_days_in_year AS VARCHAR), '?') || ' at ' || CAST(w.fte AS VARCHAR) || ' FTE' AS reason,
  w.census_date, w.status, w.fte, w.days_lost, w.working_days_in_year, w.days_lost AS metric, w.fte * w.working_days_in_year AS weight
FROM (${ABSENCE_ROWS}) w`,
};

const absenceDaysPerFte: Measure = {
  id: 'workforce_absence_days_per_fte',
  title: 'Working days lost to sickness absence per FTE (workforce census)',
  theme: 'workforce',
  kind: 'mean',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'lower',
  unit: 'days per FTE',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'Working days lost to sickness absence in the year (the sum of WorkingDaysLost) by employees in post at the census date.',
    denominator: 'The FTE of those employees (the sum of FTE).',
    notes: [...ABSENCE_NOTES, 'The mean is rounded half-up to 4 decimal places; null when the FTE is 0.', ...CENSUS_NOTES.slice(0, 2), WORKER_REFERENCE_NOTE],
    source: `${SOURCE} (WorkingDaysLost). No England figure in the KPI catalogue.`,
  },
  details: censusDetails({ key: 'fte', label: 'FTE' }, { key: 'days_lost', label: 'Working days lost' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, w.days_lost > 0 AS in_numerator,
  CAST(w.days_lost AS VARCHAR) || ' working day(s) lost at ' || CAST(w.fte AS VARCHAR) || ' FTE' AS reason,
  w.census_date, w.status, w.fte, w.days_lost, w.days_lost AS metric, w.fte AS weight
FROM (${ABSENCE_ROWS}) w`,
};

const absentOnCensusDate: Measure = {
  id: 'workforce_absence_30sep',
  title: 'Social workers absent on the census date (% of headcount, workforce census)',
  theme: 'workforce',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'Of the denominator, employees whose Absat30Sept is 1 (absent on 30 September, for any reason: sickness, maternity or paternity leave, training…).',
    denominator: 'Employees in post at the census date (AgencyWorker 0, every role), each person once (records with the same Social Work England number count once).',
    notes: [
      'A blank Absat30Sept keeps the worker in the denominator and is not absent; an unreadable one leaves the worker out.',
      ...CENSUS_NOTES,
      WORKER_REFERENCE_NOTE,
    ],
    source: `${SOURCE} (Absat30Sept, ReasonAbsence). No England figure in the KPI catalogue.`,
  },
  details: censusDetails(),
  cohortSql: `SELECT ${WORKER_COLUMNS}, coalesce(w.absent_30_sept, FALSE) AS in_numerator,
  CASE WHEN w.absent_30_sept THEN 'absent on ' || CAST(w.census_date AS VARCHAR) WHEN w.absent_30_sept IS NULL THEN 'Absat30Sept blank: not absent' ELSE 'not absent' END AS reason,
  w.census_date, w.status
FROM ${PEOPLE} w
WHERE w.status = 'in post' AND NOT w.absent_30_sept_unreadable`,
};

const socialWorkersFte: Measure = {
  id: 'workforce_social_workers_fte',
  title: 'Social workers employed in post (FTE, workforce census)',
  theme: 'workforce',
  kind: 'count',
  aggregation: 'sums',
  period: 'snapshot',
  polarity: 'context',
  unit: 'FTE',
  lists: [],
  source: 'workforce',
  definition: {
    numerator: 'The FTE of the social workers the authority employs in post at the census date (AgencyWorker 0, every role): the sum of FTE.',
    denominator: null,
    notes: [...CENSUS_NOTES, FTE_NOTE, 'Every record counts: DfE does not merge the posts of one person for FTE.', WORKER_REFERENCE_NOTE],
    source: `${SOURCE} (DfE inpost_fte). No England figure in the KPI catalogue.`,
  },
  details: censusDetails({ key: 'fte', label: 'FTE' }),
  cohortSql: `SELECT ${WORKER_COLUMNS}, TRUE AS in_numerator, 'employee in post: ' || ${fte('w.fte')} || ' FTE' AS reason, w.census_date, w.status,
  w.fte, w.fte AS metric, w.fte AS weight
FROM ${CENSUS_WORKERS} w
WHERE ${EMPLOYEE_IN_POST} AND NOT w.fte_unreadable`,
};

const socialWorkersHeadcount: Measure = {
  id: 'workforce_social_workers_headcount',
  title: 'Social workers employed in post (headcount, workforce census)',
  theme: 'workforce',
  kind: 'count',
  period: 'snapshot',
  polarity: 'context',
  unit: 'social workers',
  lists: [],
  source: 'workforce',
  definition: {
    numerator:
      'Social workers the authority employs in post at the census date (AgencyWorker 0, every role), each person once: records with the same Social Work England number count once (the first in the file wins; a record with no SWE number is a person of its own).',
    denominator: null,
    notes: [...CENSUS_NOTES, WORKER_REFERENCE_NOTE],
    source: `${SOURCE} (DfE inpost_headcount). No England figure in the KPI catalogue.`,
  },
  details: censusDetails(),
  cohortSql: `SELECT ${WORKER_COLUMNS}, TRUE AS in_numerator, 'employee in post' AS reason, w.census_date, w.status
FROM ${PEOPLE} w
WHERE w.status = 'in post'`,
};

function laFte(id: string, title: string, column: 'agency_fte' | 'vacancies_fte', element: string, words: string, source: string): Measure {
  return {
    id,
    title,
    theme: 'workforce',
    kind: 'count',
    aggregation: 'sums',
    period: 'snapshot',
    polarity: 'context',
    unit: 'FTE',
    lists: [],
    source: 'workforce',
    definition: {
      numerator: `The census’s authority-level ${element} (LALevelVacancies): ${words}, FTE.`,
      denominator: null,
      notes: [`A blank or unreadable ${element} gives 0 with no row in the drill-down (the census requires the figure, zero included).`, CENSUS_NOTES[0] as string],
      source,
    },
    details: censusDetails({ key: 'fte', label: 'FTE' }),
    cohortSql: `SELECT ${LA_COLUMNS}, TRUE AS in_numerator, '${words}: ' || CAST(l.${column} AS VARCHAR) || ' FTE (${element})' AS reason,
  l.census_date, '${words}' AS status, l.${column} AS fte, l.${column} AS metric, l.${column} AS weight
FROM ${CENSUS_LA} l WHERE l.${column} IS NOT NULL`,
  };
}

const agencyFte = laFte(
  'workforce_agency_fte',
  'Agency social workers (FTE, workforce census)',
  'agency_fte',
  'NoAgencyFTE',
  'agency social workers',
  `${SOURCE}; KPI W02. ${england('about 6,500 agency FTE in 2024 (CYP Now).')}`,
);

const vacancyFte = laFte(
  'workforce_vacancy_fte',
  'Social worker vacancies (FTE, workforce census)',
  'vacancies_fte',
  'NumberOfVacancies',
  'vacant posts, including those covered by agency workers',
  `${SOURCE}; KPI W03. No England FTE figure in the KPI catalogue.`,
);

/** The census measures, in scorecard order. */
export function workforceCensus(): Measure[] {
  return [
    caseloadMean,
    caseloadMax,
    agencyRate,
    agencyRateHeadcount,
    vacancyRate,
    turnoverRate,
    turnoverRateHeadcount,
    absenceRate,
    absenceDaysPerFte,
    absentOnCensusDate,
    socialWorkersFte,
    socialWorkersHeadcount,
    agencyFte,
    vacancyFte,
  ];
}
