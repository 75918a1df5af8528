import type { Measure } from '../measure.js';
import { type FlowPeriod, flowRowsAt, workingDays } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';

const DAYS = workingDays('s.assessment_start', 's.assessment_authorised', 'cs', 'ce');

/** Assessments authorised in the period, with their duration in working days. */
export function authorisedIn(p: FlowPeriod): string {
  return `SELECT s.as_at, s.extract_id, s.sheet, s.row_number, s.child_id, s.team, s.worker, lower(s.worker) AS worker_key,
    s.assessment_start, s.assessment_authorised, s.assessment_start_unreadable, s.child_seen, s.requires_support,
    CASE WHEN s.assessment_start IS NULL THEN NULL ELSE ${DAYS} END AS working_days
  FROM ${flowRowsAt('annex_a_assessments', 'assessment_authorised', p)} s
  LEFT JOIN calendar cs ON cs.day = s.assessment_start
  LEFT JOIN calendar ce ON ce.day = s.assessment_authorised`;
}

export function assessmentsCompleted(p: FlowPeriod): Measure {
  return {
    id: variantId('assessments_completed', p, 'assessments_completed_month'),
    title: variantTitle(p === 'month' ? 'Assessments completed in the month' : 'Assessments completed', p),
    theme: 'assessment',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'assessments',
    lists: [4],
    definition: {
      numerator: inPeriod('Assessments (list 4 rows) whose Continuous Assessment Date of Authorisation is in the reporting month.', p),
      denominator: null,
      notes: ['Rows with the same child and the same authorisation date count once.'],
      source: 'Ofsted Annex A list 4; DfE C2; spec/measures-core.md',
    },
    details: [
      { key: 'assessment_start', label: 'Start' },
      { key: 'assessment_authorised', label: 'Authorised' },
    ],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key, TRUE AS in_numerator,
  'authorised on ' || CAST(q.assessment_authorised AS VARCHAR) AS reason, q.assessment_start, q.assessment_authorised
FROM (${authorisedIn(p)}) q`,
  };
}

export function assessments45(p: FlowPeriod): Measure {
  return {
    id: variantId('assessments_45wd', p),
    title: variantTitle('Assessments completed within 45 working days', p),
    theme: 'assessment',
    kind: 'percent',
    period: p,
    polarity: 'higher',
    unit: '%',
    lists: [4],
    definition: {
      numerator: 'Of the denominator, assessments whose duration from start to authorisation is 45 working days or fewer.',
      denominator: inPeriod('Assessments authorised in the reporting month.', p),
      notes: [
        'Working days exclude weekends and England and Wales bank holidays (and configured local closure days); the start day is day 0.',
        'A blank start date keeps the assessment in the denominator and fails the numerator; an unreadable start date leaves it out.',
        'An authorisation before the start counts as 0 working days.',
      ],
      source: 'Working Together (45 working days); DfE C2 duration; spec/measures-core.md',
    },
    details: [
      { key: 'assessment_start', label: 'Start' },
      { key: 'assessment_authorised', label: 'Authorised' },
      { key: 'working_days', label: 'Working days' },
    ],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key,
  coalesce(q.working_days <= 45, FALSE) AS in_numerator,
  CASE WHEN q.assessment_start IS NULL THEN 'no start date: not within 45 working days'
       WHEN q.working_days IS NULL THEN 'duration unknown (dates outside the calendar)'
       WHEN q.working_days <= 45 THEN CAST(q.working_days AS VARCHAR) || ' working days: within 45'
       ELSE CAST(q.working_days AS VARCHAR) || ' working days: over 45' END AS reason,
  q.assessment_start, q.assessment_authorised, q.working_days
FROM (${authorisedIn(p)}) q
WHERE NOT q.assessment_start_unreadable`,
  };
}

export function assessmentsChildSeen(p: FlowPeriod): Measure {
  return {
    id: variantId('assessments_child_seen', p),
    title: variantTitle('Assessments where the child was seen', p),
    theme: 'assessment',
    kind: 'percent',
    period: p,
    polarity: 'higher',
    unit: '%',
    lists: [4],
    definition: {
      numerator: 'Of the denominator, assessments with Child Seen During Continuous Assessment = Yes.',
      denominator: inPeriod('Assessments authorised in the reporting month.', p),
      notes: ['A blank or unreadable answer stays in the denominator and is not a Yes.'],
      source: 'Ofsted Annex A list 4; spec/measures-core.md',
    },
    details: [
      { key: 'assessment_authorised', label: 'Authorised' },
      { key: 'child_seen', label: 'Child seen' },
    ],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key,
  coalesce(q.child_seen = 'Yes', FALSE) AS in_numerator,
  CASE WHEN q.child_seen = 'Yes' THEN 'child seen' ELSE 'child seen: ' || coalesce(q.child_seen, 'blank') END AS reason,
  q.assessment_authorised, q.child_seen
FROM (${authorisedIn(p)}) q`,
  };
}

export const ASSESSMENT_MEASURES: Measure[] = [assessmentsCompleted('month'), assessments45('month'), assessmentsChildSeen('month')];
