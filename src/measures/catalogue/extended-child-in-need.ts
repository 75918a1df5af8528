import type { Standards } from '../../config/config.js';
import type { Measure } from '../measure.js';
import { type FlowPeriod, flowRowsAt, openAtD } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';
import { CHILD_IN_NEED_MEASURES, CIN } from './child-in-need.js';
import { cohort, coreMeasure, england, onePerChild, shown, withWorkerKey } from './extended-sql.js';

/**
 * Children in need beyond the core: the rate, children on CIN plans and their visits (KPI C01–C03),
 * and CIN episodes closed.
 */

/** Open CIN rows at D whose Case Status is Child in need plan, one per child (the latest start). */
const CIN_PLAN_CHILDREN = onePerChild(
  `${withWorkerKey(CIN, 'c')} WHERE ${openAtD('c', 'cin_start', 'cin_closure')} AND c.case_status = 'Child in need plan'`,
  'r.cin_start DESC',
);

const CIN_PLAN_DENOMINATOR =
  'Children with a CIN episode open at D (list 6, CIN start ≤ D, closure blank or after D) whose Case Status is Child in need plan, each child once (the open row with the latest start).';

export const cinRate: Measure = {
  ...coreMeasure(CHILD_IN_NEED_MEASURES, 'cin_open'),
  id: 'cin_rate',
  title: 'Children in need per 10,000 children',
  kind: 'rate',
  unit: 'per 10,000 children',
  definition: {
    numerator: 'Children with a CIN episode open at D (as cin_open: CIN start ≤ D, closure blank or after D, each child once), × 10,000.',
    denominator: 'The configured population of children aged 0–17 (ONS mid-year estimate for the year of D).',
    notes: ['An episode with an unreadable start or closure date is left out.', 'No population configured: the rate is null.'],
    source: `DfE CIN census; Ofsted Annex A list 6. ${england('399,460 children in need, 332.9 per 10,000 (CIN24, 31 March 2024)')}`,
  },
};

export const cinPlansOpen: Measure = {
  id: 'cin_plans_open',
  title: 'Children on a child in need plan',
  theme: 'child-in-need',
  kind: 'count',
  period: 'snapshot',
  polarity: 'context',
  unit: 'children',
  lists: [6],
  definition: {
    numerator: CIN_PLAN_DENOMINATOR,
    denominator: null,
    notes: [
      'Case Status is matched on its code (`c) Child in need plan`, `Child in need`); other statuses (CP plan, looked after, open assessment) are counted by their own measures.',
      'An episode with an unreadable start or closure date is left out.',
    ],
    source: 'DfE CIN census CIN plan dates (since 2022); Ofsted Annex A list 6 Case Status. No England figure.',
  },
  details: [{ key: 'cin_start', label: 'CIN start' }],
  cohortSql: cohort(CIN_PLAN_CHILDREN, 'TRUE', `'on a CIN plan, open since ' || CAST(q.cin_start AS VARCHAR)`, [{ key: 'cin_start', label: 'CIN start' }]),
};

/** The CIN visit standard in words: "20 working days" or "4 weeks". */
export function cinStandardWords(s: Standards): string {
  const { every, unit } = s.cinVisit;
  return unit === 'weeks' ? `${every} week${every === 1 ? '' : 's'}` : `${every} working day${every === 1 ? '' : 's'}`;
}

export function cinVisitedInStandard(s: Standards): Measure {
  const { every, unit } = s.cinVisit;
  const words = cinStandardWords(s);
  const details = [
    { key: 'cin_start', label: 'CIN start' },
    { key: 'last_seen', label: 'Date child was last seen' },
    { key: 'since', label: unit === 'weeks' ? 'Days since' : 'Working days since' },
  ];
  const within = unit === 'weeks' ? `q.last_seen > q.as_at - ${7 * every}` : `q.since <= ${every}`;
  const rule =
    unit === 'weeks'
      ? `within the last ${7 * every} days of D (D − ${7 * every} < date ≤ D)`
      : `on or before D and ${every} working days or fewer before D (the visit day is day 0)`;
  return {
    id: 'cin_visited_in_standard',
    title: `Children on a CIN plan seen within ${words}`,
    theme: 'child-in-need',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'higher',
    unit: '%',
    lists: [6],
    definition: {
      numerator: `Of the denominator, children whose Date Child Was Last Seen is ${rule}.`,
      denominator: CIN_PLAN_DENOMINATOR,
      notes: [
        `The standard (every ${words}) is the authority's, configured as standards.cinVisit; there is no national frequency.`,
        'No date recorded counts as not seen; a date after D does not count; an unreadable date leaves the child out.',
      ],
      source: 'Local standard (e.g. every 20 working days or 4 weeks: docsbay.net statutory visits guidance); Ofsted Annex A list 6. No England figure.',
    },
    details,
    cohortSql: cohort(
      `SELECT c.*, CASE WHEN c.last_seen IS NULL OR c.last_seen > c.as_at THEN NULL
          ${unit === 'weeks' ? 'ELSE c.as_at - c.last_seen' : 'WHEN cv.wd IS NULL OR cd.wd IS NULL THEN NULL ELSE cd.wd - cv.wd'} END AS since
        FROM (${CIN_PLAN_CHILDREN}) c
        LEFT JOIN calendar cv ON cv.day = c.last_seen
        LEFT JOIN calendar cd ON cd.day = c.as_at`,
      `coalesce(q.last_seen <= q.as_at AND ${within}, FALSE)`,
      `CASE WHEN q.last_seen IS NULL THEN 'not seen: no date recorded'
        WHEN q.last_seen > q.as_at THEN 'seen date after D'
        WHEN q.since IS NULL THEN 'seen date outside the calendar'
        WHEN ${within} THEN 'seen ' || CAST(q.since AS VARCHAR) || '${unit === 'weeks' ? ' days' : ' working days'} before D: within ${words}'
        ELSE 'last seen ' || CAST(q.since AS VARCHAR) || '${unit === 'weeks' ? ' days' : ' working days'} before D: over ${words}' END`,
      details,
      'NOT q.last_seen_unreadable',
    ),
  };
}

const CLOSED = (p: FlowPeriod) => withWorkerKey(flowRowsAt('annex_a_cin', 'cin_closure', p), 'c');
const CLOSED_DETAILS = [
  { key: 'cin_start', label: 'CIN start' },
  { key: 'cin_closure', label: 'CIN closure' },
  { key: 'closure_reason', label: 'Reason for closure' },
];

export function cinClosed(p: FlowPeriod): Measure {
  return {
    id: variantId('cin_closed', p, 'cin_closed_month'),
    title: variantTitle(p === 'month' ? 'CIN episodes closed in the month' : 'CIN episodes closed', p),
    theme: 'child-in-need',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'episodes',
    lists: [6],
    definition: {
      numerator: inPeriod('CIN episodes (list 6 rows) whose CIN Closure Date is in the reporting month.', p),
      denominator: null,
      notes: ['Episodes, not children: a child whose two episodes closed counts twice. Rows with the same child and the same closure date count once.', 'An unreadable closure date leaves the row out.'],
      source: 'DfE CIN census CINclosureDate; Ofsted Annex A list 6. No England figure for closures in the same form.',
    },
    details: CLOSED_DETAILS,
    cohortSql: cohort(CLOSED(p), 'TRUE', `'closed on ' || CAST(q.cin_closure AS VARCHAR)`, CLOSED_DETAILS),
  };
}

export function cinClosedNfa(p: FlowPeriod): Measure {
  return {
    id: variantId('cin_closed_nfa', p),
    title: variantTitle('CIN episodes closed after assessment with no further action', p),
    theme: 'child-in-need',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [6],
    definition: {
      numerator: 'Of the denominator, episodes whose Reason for Closure is RC8 (case closed after assessment, no further action).',
      denominator: inPeriod('CIN episodes (list 6 rows) whose CIN Closure Date is in the reporting month.', p),
      notes: [
        'The reason is matched on its code (`RC8`, `rc8`, `RC8: Case closed after assessment…`); a blank or unreadable reason stays in the denominator and is not RC8. RC9 (closed after assessment, referred to early help) is not RC8.',
        'Rows with the same child and the same closure date count once.',
      ],
      source: 'DfE CIN census ReasonForClosure; Ofsted Annex A list 6. No England figure.',
    },
    details: CLOSED_DETAILS,
    cohortSql: cohort(
      CLOSED(p),
      `coalesce(q.closure_reason = 'RC8', FALSE)`,
      `CASE WHEN q.closure_reason = 'RC8' THEN 'closed RC8: NFA after assessment' ELSE ${shown('closure reason', 'q.closure_reason')} END`,
      CLOSED_DETAILS,
    ),
  };
}

export function extendedChildInNeed(s: Standards): Measure[] {
  return [cinRate, cinPlansOpen, cinVisitedInStandard(s), cinClosed('month'), cinClosed('ytd'), cinClosedNfa('month'), cinClosedNfa('ytd')];
}
