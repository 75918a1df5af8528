import type { Measure } from '../measure.js';
import { type FlowPeriod, flowRowsAt, openAtD, rowsAt, workingDays } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';

export const S47_BY_STRATEGY = (p: FlowPeriod) => flowRowsAt('annex_a_s47', 'strategy_date', p);
export const S47_BY_ICPC = (p: FlowPeriod) => flowRowsAt('annex_a_s47', 'icpc_date', p);
export const CP = rowsAt('annex_a_cp', 'cp_start', 't.cp_start <= a.as_at');

/** CP plans open at D (rows: a child with two open plans counts twice in the percentages). */
export const OPEN_PLANS = `SELECT p.*, lower(p.worker) AS worker_key
  FROM ${CP} p
  WHERE ${openAtD('p', 'cp_start', 'cp_end')}`;

function openPlanMeasure(
  m: Omit<Measure, 'cohortSql' | 'theme' | 'kind' | 'unit' | 'lists' | 'period'>,
  inNumerator: string,
  reason: string,
  extraColumns: string,
  where = 'TRUE',
): Measure {
  return {
    ...m,
    theme: 'child-protection',
    kind: 'percent',
    period: 'snapshot',
    unit: '%',
    lists: [7],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key,
  ${inNumerator} AS in_numerator, ${reason} AS reason, q.cp_start${extraColumns}
FROM (${OPEN_PLANS}) q
LEFT JOIN calendar cv ON cv.day = q.last_visit
LEFT JOIN calendar cd ON cd.day = q.as_at
WHERE ${where}`,
  };
}

const VISIT_DAYS = workingDays('q.last_visit', 'q.as_at', 'cv', 'cd');

export function s47Started(p: FlowPeriod): Measure {
  return {
    id: variantId('s47', p, 's47_month'),
    title: variantTitle(p === 'month' ? 'Section 47 enquiries started in the month' : 'Section 47 enquiries started', p),
    theme: 'child-protection',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'enquiries',
    lists: [5],
    definition: {
      numerator: inPeriod('Section 47 enquiries (list 5 rows) whose strategy discussion date is in the reporting month.', p),
      denominator: null,
      notes: ['Rows with the same child and the same strategy discussion date count once.'],
      source: 'Ofsted Annex A list 5; DfE C4; spec/measures-core.md',
    },
    details: [{ key: 'strategy_date', label: 'Strategy discussion' }],
    cohortSql: `SELECT s.as_at, s.extract_id, s.sheet, s.row_number, s.child_id, s.team, s.worker, lower(s.worker) AS worker_key,
  TRUE AS in_numerator, 'strategy discussion on ' || CAST(s.strategy_date AS VARCHAR) AS reason, s.strategy_date
FROM ${S47_BY_STRATEGY(p)} s`,
  };
}

export function icpc15(p: FlowPeriod): Measure {
  return {
    id: variantId('icpc_15wd', p),
    title: variantTitle('Initial child protection conferences within 15 working days', p),
    theme: 'child-protection',
    kind: 'percent',
    period: p,
    polarity: 'higher',
    unit: '%',
    lists: [5],
    definition: {
      numerator: 'Of the denominator, conferences held 15 working days or fewer after the strategy discussion.',
      denominator: inPeriod(
        'List 5 rows whose Date of ICPC is in the reporting month and not before the strategy discussion; rows with a blank or unreadable strategy discussion date are left out.',
        p,
      ),
      notes: ['Rows with the same child and the same ICPC date count once.', 'The strategy discussion day is day 0.'],
      source: 'Working Together (15 working days); DfE C4; LG Inform 3217; spec/measures-core.md',
    },
    details: [
      { key: 'strategy_date', label: 'Strategy discussion' },
      { key: 'icpc_date', label: 'ICPC' },
      { key: 'working_days', label: 'Working days' },
    ],
    cohortSql: `SELECT q.*, coalesce(q.working_days <= 15, FALSE) AS in_numerator,
  CASE WHEN q.working_days IS NULL THEN 'duration unknown (dates outside the calendar)'
       WHEN q.working_days <= 15 THEN CAST(q.working_days AS VARCHAR) || ' working days: within 15'
       ELSE CAST(q.working_days AS VARCHAR) || ' working days: over 15' END AS reason
FROM (
  SELECT s.as_at, s.extract_id, s.sheet, s.row_number, s.child_id, s.team, s.worker, lower(s.worker) AS worker_key,
    s.strategy_date, s.icpc_date, cc.wd - cs.wd AS working_days
  FROM ${S47_BY_ICPC(p)} s
  LEFT JOIN calendar cs ON cs.day = s.strategy_date
  LEFT JOIN calendar cc ON cc.day = s.icpc_date
  WHERE s.strategy_date IS NOT NULL AND NOT s.strategy_date_unreadable AND s.icpc_date >= s.strategy_date
) q`,
  };
}

export const CHILD_PROTECTION_MEASURES: Measure[] = [
  s47Started('month'),
  icpc15('month'),
  {
    id: 'cp_open',
    title: 'Children on a child protection plan',
    theme: 'child-protection',
    kind: 'count',
    period: 'snapshot',
    polarity: 'context',
    unit: 'children',
    lists: [7],
    definition: {
      numerator: 'Children with a child protection plan open at D (start ≤ D, end blank or after D), each child once.',
      denominator: null,
      notes: ['A plan with an unreadable start or end date is left out.', "A child's team and worker are those of the plan with the latest start."],
      source: 'DfE D1; spec/measures-core.md',
    },
    details: [{ key: 'cp_start', label: 'Plan start' }],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key, TRUE AS in_numerator,
  'plan open since ' || CAST(q.cp_start AS VARCHAR) AS reason, q.cp_start
FROM (SELECT o.*, row_number() OVER (PARTITION BY o.as_at, o.child_id ORDER BY o.cp_start DESC, o.row_number) AS pick FROM (${OPEN_PLANS}) o) q
WHERE q.pick = 1`,
  },
  openPlanMeasure(
    {
      id: 'cp_visited_10wd',
      title: 'Child protection plans with a statutory visit in the last 10 working days',
      polarity: 'higher',
      definition: {
        numerator: 'Of the denominator, plans whose Date of the Last Statutory Visit is on or before D and 10 working days or fewer before D.',
        denominator: 'Child protection plans open at D (plans, not children).',
        notes: ['No visit recorded counts as not visited; an unreadable visit date leaves the plan out.', 'A visit dated after D does not count.'],
        source: 'Local standard (10 working days, the common default); spec/measures-core.md',
      },
      details: [
        { key: 'cp_start', label: 'Plan start' },
        { key: 'last_visit', label: 'Last statutory visit' },
        { key: 'working_days', label: 'Working days since' },
      ],
    },
    `coalesce(q.last_visit <= q.as_at AND ${VISIT_DAYS} <= 10, FALSE)`,
    `CASE WHEN q.last_visit IS NULL THEN 'no visit recorded'
          WHEN q.last_visit > q.as_at THEN 'visit dated after D'
          WHEN ${VISIT_DAYS} IS NULL THEN 'visit date outside the calendar'
          WHEN ${VISIT_DAYS} <= 10 THEN 'visited ' || CAST(${VISIT_DAYS} AS VARCHAR) || ' working days before D'
          ELSE 'last visit ' || CAST(${VISIT_DAYS} AS VARCHAR) || ' working days before D' END`,
    `, q.last_visit, CASE WHEN q.last_visit IS NULL OR q.last_visit > q.as_at THEN NULL ELSE ${VISIT_DAYS} END AS working_days`,
    'NOT q.last_visit_unreadable',
  ),
  openPlanMeasure(
    {
      id: 'cp_second_plus',
      title: 'Child protection plans that are a second or subsequent plan',
      polarity: 'lower',
      definition: {
        numerator: 'Of the denominator, plans with Number of Previous Child Protection Plans ≥ 1.',
        denominator: 'Child protection plans open at D.',
        notes: ['A blank or unreadable count is not ≥ 1.'],
        source: 'NI 65 / DfE; LG Inform 100; spec/measures-core.md',
      },
      details: [
        { key: 'cp_start', label: 'Plan start' },
        { key: 'previous_cp_plans', label: 'Previous plans' },
      ],
    },
    'coalesce(q.previous_cp_plans >= 1, FALSE)',
    `CASE WHEN q.previous_cp_plans >= 1 THEN CAST(q.previous_cp_plans AS VARCHAR) || ' previous plan(s)'
          WHEN q.previous_cp_plans = 0 THEN 'first plan' ELSE 'previous plans not recorded' END`,
    ', q.previous_cp_plans',
  ),
  openPlanMeasure(
    {
      id: 'cp_2years_plus',
      title: 'Child protection plans open two years or more',
      polarity: 'lower',
      definition: {
        numerator: 'Of the denominator, plans that started on or before D − 2 years (same day and month, two years earlier).',
        denominator: 'Child protection plans open at D.',
        notes: ['Two years before 29 February is 28 February.'],
        source: 'DfE D7 duration bands; spec/measures-core.md',
      },
      details: [{ key: 'cp_start', label: 'Plan start' }],
    },
    'q.cp_start <= q.d_minus_2y',
    `CASE WHEN q.cp_start <= q.d_minus_2y THEN 'open since ' || CAST(q.cp_start AS VARCHAR) || ': two years or more' ELSE 'open under two years' END`,
    '',
  ),
];
