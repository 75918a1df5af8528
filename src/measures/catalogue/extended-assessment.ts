import type { Measure } from '../measure.js';
import { type FlowPeriod, openAtD, rowsAt } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';
import { assessmentsChildSeen, assessmentsCompleted, authorisedIn } from './assessment.js';
import { cohort, england } from './extended-sql.js';

/**
 * Assessment beyond the core: open assessments past 45 working days (KPI A04) and the average
 * duration (A03 asks for the median, which the engine cannot aggregate: see the report).
 */

/**
 * Assessments open at D in the extract current at D: started on or before D, authorisation
 * blank or after D (an unreadable authorisation date leaves the row out), with working days
 * from the start to D. De-duplicated on (child, start date): an open assessment has no
 * authorisation date to judge duplicates on.
 */
const OPEN_ASSESSMENTS = `SELECT s.*, lower(s.worker) AS worker_key,
    CASE WHEN cs.wd IS NULL OR cd.wd IS NULL THEN NULL ELSE cd.wd - cs.wd END AS working_days
  FROM ${rowsAt('annex_a_assessments', 'assessment_start', 't.assessment_start <= a.as_at')} s
  LEFT JOIN calendar cs ON cs.day = s.assessment_start
  LEFT JOIN calendar cd ON cd.day = s.as_at
  WHERE ${openAtD('s', 'assessment_start', 'assessment_authorised')}`;

const OPEN_DETAILS = [
  { key: 'assessment_start', label: 'Start' },
  { key: 'working_days', label: 'Working days open at D' },
];

export const assessmentsOpenOver45: Measure = {
  id: 'assessments_open_over_45wd',
  title: 'Open assessments beyond 45 working days',
  theme: 'assessment',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [4],
  definition: {
    numerator: 'Of the denominator, assessments open for more than 45 working days at D (working days from the start to D > 45; the start day is day 0).',
    denominator:
      'Assessments open at D (list 4 rows of the extract current at D): Continuous Assessment Start Date on or before D and Date of Authorisation blank or after D.',
    notes: [
      'A blank or unreadable start date leaves the row out (it cannot be shown to be open); an unreadable authorisation date leaves it out (it is not blank).',
      'Rows with the same child and the same start date count once, the first in the file winning.',
      'Working days exclude weekends, England and Wales bank holidays and configured local closure days.',
    ],
    source: 'Local measure; the CIN census validator rule 8670Q makes the same check (45 working days from AssessmentActualStartDate). No England figure.',
  },
  details: OPEN_DETAILS,
  cohortSql: cohort(
    OPEN_ASSESSMENTS,
    'coalesce(q.working_days > 45, FALSE)',
    `CASE WHEN q.working_days IS NULL THEN 'duration unknown (dates outside the calendar)'
      WHEN q.working_days > 45 THEN 'open ' || CAST(q.working_days AS VARCHAR) || ' working days: beyond 45'
      ELSE 'open ' || CAST(q.working_days AS VARCHAR) || ' working days: within 45' END`,
    OPEN_DETAILS,
  ),
};

export function assessmentDaysMean(p: FlowPeriod): Measure {
  const details = [
    { key: 'assessment_start', label: 'Start' },
    { key: 'assessment_authorised', label: 'Authorised' },
    { key: 'working_days', label: 'Working days' },
  ];
  return {
    id: variantId('assessment_days_mean', p),
    title: variantTitle('Average working days from assessment start to authorisation', p),
    theme: 'assessment',
    kind: 'mean',
    aggregation: 'average',
    period: p,
    polarity: 'lower',
    unit: 'working days',
    lists: [4],
    definition: {
      numerator: 'The sum of the working days from Continuous Assessment Start Date to Date of Authorisation (the start day is day 0) over the denominator.',
      denominator: inPeriod(
        'Assessments authorised in the reporting month with a readable start date (the same assessments as assessments_45wd, less those with a blank start date).',
        p,
      ),
      notes: [
        'An assessment with a blank start date is listed in the drill-down but has no duration, so it is not in the average; an unreadable start date leaves it out.',
        'An authorisation before the start counts as 0 working days.',
        'The figure is a mean (sum ÷ count, 4 decimal places); the DfE publishes the median.',
      ],
      source: `DfE C2 duration of assessment; Ofsted Annex A list 4. ${england('median 33 working days (C2, 2025; quartiles 17 and 43)')}`,
    },
    details,
    cohortSql: cohort(
      authorisedIn(p),
      'q.working_days IS NOT NULL',
      `CASE WHEN q.assessment_start IS NULL THEN 'no start date: not in the average'
        WHEN q.working_days IS NULL THEN 'duration unknown (dates outside the calendar)'
        ELSE CAST(q.working_days AS VARCHAR) || ' working days' END`,
      details,
      'NOT q.assessment_start_unreadable',
      ', q.working_days AS metric',
    ),
  };
}

export function extendedAssessment(): Measure[] {
  return [assessmentsCompleted('rolling12'), assessmentsChildSeen('rolling12'), assessmentsOpenOver45, assessmentDaysMean('month'), assessmentDaysMean('ytd')];
}
