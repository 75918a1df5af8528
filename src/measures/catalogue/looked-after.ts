import type { Measure } from '../measure.js';
import { openAtD, rowsAt } from '../sql-fragments.js';

export const CLA = rowsAt('annex_a_cla', 'cla_start', 't.cla_start <= a.as_at');

/**
 * Children looked after at D, one row each: the open row with the latest start (the contract's
 * rule when a child has two open rows, also for "looked after for a year or more").
 */
export const CHILDREN_LOOKED_AFTER = `SELECT q.* FROM (
  SELECT c.*, lower(c.worker) AS worker_key,
    row_number() OVER (PARTITION BY c.as_at, c.child_id ORDER BY c.cla_start DESC, c.row_number) AS pick
  FROM ${CLA} c
  WHERE ${openAtD('c', 'cla_start', 'cla_end')}
) q WHERE q.pick = 1`;

function childMeasure(m: Omit<Measure, 'cohortSql' | 'theme' | 'lists' | 'kind' | 'unit' | 'period'> & { kind?: Measure['kind'] }, inNumerator: string, reason: string, extra: string, where = 'TRUE'): Measure {
  const kind = m.kind ?? 'percent';
  return {
    ...m,
    theme: 'looked-after',
    lists: [8],
    kind,
    period: 'snapshot',
    unit: kind === 'percent' ? '%' : 'children',
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key,
  ${inNumerator} AS in_numerator, ${reason} AS reason, q.cla_start${extra}
FROM (${CHILDREN_LOOKED_AFTER}) q
WHERE ${where}`,
  };
}

/** A date within the last 365 days of D (D − 365 < date ≤ D). */
const within365 = (col: string): string => `coalesce(q.${col} > q.d_minus_365 AND q.${col} <= q.as_at, FALSE)`;

function checkReason(col: string, what: string): string {
  return `CASE WHEN q.${col} IS NULL THEN 'no ${what} recorded'
    WHEN q.${col} > q.as_at THEN '${what} dated after D'
    WHEN q.${col} > q.d_minus_365 THEN '${what} on ' || CAST(q.${col} AS VARCHAR)
    ELSE 'last ${what} ' || CAST(q.${col} AS VARCHAR) || ': over 12 months before D' END`;
}

export const LOOKED_AFTER_MEASURES: Measure[] = [
  childMeasure(
    {
      id: 'cla_open',
      title: 'Children looked after',
      kind: 'count',
      polarity: 'context',
      definition: {
        numerator: 'Children looked after at D (start ≤ D, ceased blank or after D), each child once.',
        denominator: null,
        notes: ['A period of care with an unreadable start or ceased date is left out.'],
        source: 'SSDA903; Ofsted Annex A list 8; spec/measures-core.md',
      },
      details: [{ key: 'cla_start', label: 'Looked after since' }],
    },
    'TRUE',
    `'looked after since ' || CAST(q.cla_start AS VARCHAR)`,
    '',
  ),
  childMeasure(
    {
      id: 'cla_uasc',
      title: 'Unaccompanied asylum-seeking children looked after',
      kind: 'count',
      polarity: 'context',
      definition: {
        numerator: 'Of the children counted by cla_open, those with UASC = Yes (on the row with the latest start).',
        denominator: null,
        notes: ['A blank or unreadable UASC answer is not a Yes.'],
        source: 'Ofsted Annex A list 8; SSDA903 UASC; spec/measures-core.md',
      },
      details: [
        { key: 'cla_start', label: 'Looked after since' },
        { key: 'uasc', label: 'UASC' },
      ],
    },
    `coalesce(q.uasc = 'Yes', FALSE)`,
    `CASE WHEN q.uasc = 'Yes' THEN 'UASC' ELSE 'UASC: ' || coalesce(q.uasc, 'blank') END`,
    ', q.uasc',
  ),
  childMeasure(
    {
      id: 'cla_3plus_placements',
      title: 'Children looked after with 3 or more placements in the last 12 months',
      polarity: 'lower',
      definition: {
        numerator: 'Of the denominator, children with Number of Placements in the Last 12 months ≥ 3.',
        denominator: 'Children looked after at D.',
        notes: ['A blank or unreadable count is not ≥ 3.'],
        source: 'DfE short-term placement stability; Ofsted Annex A list 8; spec/measures-core.md',
      },
      details: [
        { key: 'cla_start', label: 'Looked after since' },
        { key: 'placements_last_12m', label: 'Placements in 12 months' },
      ],
    },
    'coalesce(q.placements_last_12m >= 3, FALSE)',
    `CASE WHEN q.placements_last_12m IS NULL THEN 'placements not recorded' ELSE CAST(q.placements_last_12m AS VARCHAR) || ' placement(s) in 12 months' END`,
    ', q.placements_last_12m',
  ),
  childMeasure(
    {
      id: 'cla_visited_6wk',
      title: 'Children looked after visited in the last 6 weeks',
      polarity: 'higher',
      definition: {
        numerator: 'Of the denominator, children whose Date of Last Social Work Visit is within the last 42 days of D (D − 42 < visit ≤ D).',
        denominator: 'Children looked after at D.',
        notes: ['No visit recorded counts as not visited; an unreadable visit date leaves the child out.'],
        source: 'Care Planning Regulations 2010 reg 28 (6 weeks); spec/measures-core.md',
      },
      details: [
        { key: 'cla_start', label: 'Looked after since' },
        { key: 'last_visit', label: 'Last social work visit' },
      ],
    },
    'coalesce(q.last_visit > q.d_minus_42 AND q.last_visit <= q.as_at, FALSE)',
    `CASE WHEN q.last_visit IS NULL THEN 'no visit recorded'
      WHEN q.last_visit > q.as_at THEN 'visit dated after D'
      WHEN q.last_visit > q.d_minus_42 THEN 'visited ' || CAST(q.last_visit AS VARCHAR)
      ELSE 'last visit ' || CAST(q.last_visit AS VARCHAR) || ': over 6 weeks before D' END`,
    ', q.last_visit',
    'NOT q.last_visit_unreadable',
  ),
  childMeasure(
    {
      id: 'cla_health_12m',
      title: 'Children looked after 12 months or more with a health assessment in the last 12 months',
      polarity: 'higher',
      definition: {
        numerator: 'Of the denominator, children whose Date of Last Health Assessment is within the last 365 days of D.',
        denominator: 'Children looked after at D who started to be looked after on or before D − 365 days.',
        notes: ['No assessment recorded counts as not done; an unreadable date leaves the child out.'],
        source: 'SSDA903 OC2; statutory guidance on health of looked-after children; spec/measures-core.md',
      },
      details: [
        { key: 'cla_start', label: 'Looked after since' },
        { key: 'last_health_assessment', label: 'Last health assessment' },
      ],
    },
    within365('last_health_assessment'),
    checkReason('last_health_assessment', 'health assessment'),
    ', q.last_health_assessment',
    'q.cla_start <= q.d_minus_365 AND NOT q.last_health_assessment_unreadable',
  ),
  childMeasure(
    {
      id: 'cla_dental_12m',
      title: 'Children looked after 12 months or more with a dental check in the last 12 months',
      polarity: 'higher',
      definition: {
        numerator: 'Of the denominator, children whose Date of Last Dental Check is within the last 365 days of D.',
        denominator: 'Children looked after at D who started to be looked after on or before D − 365 days.',
        notes: ['No check recorded counts as not done; an unreadable date leaves the child out.'],
        source: 'SSDA903 OC2 TEETH_CHECK; spec/measures-core.md',
      },
      details: [
        { key: 'cla_start', label: 'Looked after since' },
        { key: 'last_dental_check', label: 'Last dental check' },
      ],
    },
    within365('last_dental_check'),
    checkReason('last_dental_check', 'dental check'),
    ', q.last_dental_check',
    'q.cla_start <= q.d_minus_365 AND NOT q.last_dental_check_unreadable',
  ),
];
