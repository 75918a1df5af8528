import type { Measure, MeasureDetail } from '../measure.js';
import { type FlowPeriod, flowRowsAt } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';
import { afterMonths, cohort, flowRowsBy, withoutWorker } from './extended-sql.js';

/**
 * Adoption from Annex A lists 10 (children) and 11 (adopters): orders, decisions, placements,
 * the adoption scorecard's A1- and A2-style timeliness, and adopter approvals. The catalogue has
 * no adoption theme, so these sit under children looked after. Lists 10 and 11 have no team or
 * worker columns.
 */

const CHILD_EVENTS = (key: string, p: FlowPeriod) => withoutWorker(flowRowsAt('annex_a_adoption', key, p), 'x');

interface AdoptionEvent {
  readonly key: string;
  readonly column: string;
  readonly title: string;
  readonly header: string;
  readonly words: string;
  readonly source: string;
}

const EVENTS: readonly AdoptionEvent[] = [
  {
    key: 'adoption_orders',
    column: 'adoption_order',
    title: 'Adoption orders granted',
    header: 'Date of Adoption Order',
    words: 'adoption order',
    source: 'Ofsted Annex A list 10; SSDA903 AD1. England: 3,040 children ceased to be looked after by adoption (CLA25, 2025).',
  },
  {
    key: 'adoption_decisions',
    column: 'adoption_decision',
    title: 'Decisions that a child should be placed for adoption',
    header: 'Date of Decision that Child Should be Placed for Adoption',
    words: 'decision to place for adoption',
    source: 'Ofsted Annex A list 10; SSDA903 PlacedAdoption. No England figure retrieved.',
  },
  {
    key: 'adoption_placed',
    column: 'placed_for_adoption',
    title: 'Children placed for adoption',
    header: 'Date Placed for Adoption',
    words: 'placed for adoption',
    source: 'Ofsted Annex A list 10; SSDA903 PlacedAdoption. No England figure retrieved.',
  },
  {
    key: 'adoption_no_longer_placed',
    column: 'no_longer_placed_decision',
    title: 'Decisions that a child should no longer be placed for adoption',
    header: 'Date of Decision that Child Should No Longer be Placed for Adoption',
    words: 'decision no longer to place for adoption',
    source: 'Ofsted Annex A list 10; SSDA903 PlacedAdoption (REASON_PLACED_CEASED). No England figure retrieved.',
  },
];

export function adoptionEvents(e: AdoptionEvent, p: FlowPeriod): Measure {
  const details: MeasureDetail[] = [
    { key: 'entered_care', label: 'Entered care' },
    { key: e.column, label: e.header },
  ];
  if (e.column === 'no_longer_placed_decision') details.push({ key: 'no_longer_placed_reason', label: 'Reason no longer placed' });
  return {
    id: variantId(e.key, p, `${e.key}_month`),
    title: variantTitle(p === 'month' ? `${e.title} in the month` : e.title, p),
    theme: 'looked-after',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'children',
    lists: [10],
    definition: {
      numerator: inPeriod(`List 10 rows whose ${e.header} is in the reporting month.`, p),
      denominator: null,
      notes: [
        'Rows with the same child and the same date count once; an unreadable date leaves the row out.',
        'List 10 covers 12 months, but each extract is read for the six months before its date like the other lists, so a year to date needs the earlier monthly extracts.',
      ],
      source: e.source,
    },
    details,
    cohortSql: cohort(CHILD_EVENTS(e.column, p), 'TRUE', `'${e.words} ' || CAST(q.${e.column} AS VARCHAR)`, details),
  };
}

/** Calendar days from `from` to `to` (an end before the start is 0; a blank either end is null). */
const days = (from: string, to: string): string => `CASE WHEN ${from} IS NULL OR ${to} IS NULL THEN NULL WHEN ${to} < ${from} THEN 0 ELSE ${to} - ${from} END`;

export function careToPlacementDays(p: FlowPeriod): Measure {
  const details: MeasureDetail[] = [
    { key: 'entered_care', label: 'Entered care' },
    { key: 'ffa_placed', label: 'Placed in FFA or concurrent planning' },
    { key: 'placed_for_adoption', label: 'Placed for adoption' },
    { key: 'days', label: 'Days' },
  ];
  return {
    id: variantId('adoption_care_to_placement_days', p),
    title: variantTitle('Average days from entering care to moving in with the adoptive family', p),
    theme: 'looked-after',
    kind: 'mean',
    aggregation: 'average',
    period: p,
    polarity: 'lower',
    unit: 'days',
    lists: [10],
    definition: {
      numerator:
        'The sum over the denominator of the calendar days from Date the Child Entered Care to moving in with the adoptive family: Date Placed for Adoption, or the date placed for fostering in an FFA or concurrent planning placement when that is earlier.',
      denominator: inPeriod('Children (list 10 rows) whose Date Placed for Adoption is in the reporting month and whose date of entering care is recorded.', p),
      notes: [
        'As the adoption scorecard’s A1 (which uses the date a child adopted by its foster carers moved in with them), an FFA or concurrent planning placement counts as moving in.',
        'A blank date of entering care keeps the child in the drill-down but out of the average; an unreadable date of entering care or FFA placement leaves the row out.',
        'A move before the date of entering care counts as 0 days. The scorecard’s A1 is a three-year average of children adopted; this is the period’s placements.',
      ],
      source: 'DfE adoption scorecard A1; Ofsted Annex A list 10. No England figure retrieved.',
    },
    details,
    cohortSql: cohort(
      `SELECT e.*, ${days('e.entered_care', 'e.moved_in')} AS days FROM (
        SELECT c.*, CASE WHEN c.ffa_placed < c.placed_for_adoption THEN c.ffa_placed ELSE c.placed_for_adoption END AS moved_in
        FROM (${CHILD_EVENTS('placed_for_adoption', p)}) c
      ) e`,
      'q.days IS NOT NULL',
      `CASE WHEN q.entered_care IS NULL THEN 'no date of entering care: not in the average'
        ELSE CAST(q.days AS VARCHAR) || ' days to moving in on ' || CAST(q.moved_in AS VARCHAR) END`,
      details,
      'NOT q.entered_care_unreadable AND NOT q.ffa_placed_unreadable',
      ', q.days AS metric',
    ),
  };
}

export function orderToMatchDays(p: FlowPeriod): Measure {
  const details: MeasureDetail[] = [
    { key: 'placement_order', label: 'Placement order' },
    { key: 'matched', label: 'Matched' },
    { key: 'days', label: 'Days' },
  ];
  return {
    id: variantId('adoption_order_to_match_days', p),
    title: variantTitle('Average days from placement order to match with adopters', p),
    theme: 'looked-after',
    kind: 'mean',
    aggregation: 'average',
    period: p,
    polarity: 'lower',
    unit: 'days',
    lists: [10],
    definition: {
      numerator: 'The sum over the denominator of the calendar days from Date of Placement Order to Date of Matching Child and Prospective Adopters.',
      denominator: inPeriod('Children (list 10 rows) whose Date of Matching is in the reporting month and whose placement order date is recorded.', p),
      notes: [
        'A blank placement order date (e.g. placed with parental consent) keeps the child in the drill-down but out of the average; an unreadable one leaves the row out.',
        'A match before the placement order counts as 0 days. The adoption scorecard’s A2 is a three-year average; this is the period’s matches.',
      ],
      source: 'DfE adoption scorecard A2; Ofsted Annex A list 10. No England figure retrieved.',
    },
    details,
    cohortSql: cohort(
      `SELECT c.*, ${days('c.placement_order', 'c.matched')} AS days FROM (${CHILD_EVENTS('matched', p)}) c`,
      'q.days IS NOT NULL',
      `CASE WHEN q.placement_order IS NULL THEN 'no placement order date: not in the average' ELSE CAST(q.days AS VARCHAR) || ' days' END`,
      details,
      'NOT q.placement_order_unreadable',
      ', q.days AS metric',
    ),
  };
}

/**
 * Adopter households approved in the period (list 11): a household is its Family identifier, or
 * the adopter's own identifier when that is blank; the household's first row in the file wins.
 */
const APPROVED_HOUSEHOLDS = (p: FlowPeriod) =>
  withoutWorker(flowRowsBy('annex_a_adopters', 'coalesce(t.family_id, t.adopter_id)', 'application_approved', p), 'x');

const HOUSEHOLD_NOTE =
  'Households, not individual adopters: rows are grouped by Family identifier (the adopter identifier when it is blank) and a household approved twice on one date counts once, its first row in the file winning. The drill-down shows the household in the child id column.';

export function adoptersApproved(p: FlowPeriod): Measure {
  const details: MeasureDetail[] = [
    { key: 'application_submitted', label: 'Application submitted' },
    { key: 'application_approved', label: 'Approved' },
  ];
  return {
    id: variantId('adopters_approved', p, 'adopters_approved_month'),
    title: variantTitle(p === 'month' ? 'Adopter households approved in the month' : 'Adopter households approved', p),
    theme: 'looked-after',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'households',
    lists: [11],
    definition: {
      numerator: inPeriod('Adopter households (list 11) whose Date application approved is in the reporting month.', p),
      denominator: null,
      notes: [HOUSEHOLD_NOTE, 'An unreadable approval date leaves the row out.'],
      source: 'Ofsted Annex A list 11. No England figure retrieved.',
    },
    details,
    cohortSql: cohort(APPROVED_HOUSEHOLDS(p), 'TRUE', `'approved ' || CAST(q.application_approved AS VARCHAR)`, details),
  };
}

export function adoptersApproved6m(p: FlowPeriod): Measure {
  const details: MeasureDetail[] = [
    { key: 'application_submitted', label: 'Application submitted' },
    { key: 'application_approved', label: 'Approved' },
  ];
  const late = afterMonths('q.application_submitted', 'q.application_approved', 6);
  return {
    id: variantId('adopters_approved_6m', p),
    title: variantTitle('Adopter households approved within 6 months of application', p),
    theme: 'looked-after',
    kind: 'percent',
    period: p,
    polarity: 'higher',
    unit: '%',
    lists: [11],
    definition: {
      numerator:
        'Of the denominator, households whose approval is on or before Date application submitted + 6 months (the same day of the month six months later, or the last day of a shorter month).',
      denominator: inPeriod('Adopter households (list 11) approved in the reporting month (as adopters_approved); rows with an unreadable application date are left out.', p),
      notes: [
        HOUSEHOLD_NOTE,
        'A blank application date keeps the household in the denominator and fails the numerator; an approval before the application counts as within.',
        'The national two-stage process aims at six months from registration (stage 1, two months; stage 2, four months); this measure counts from the application date as Annex A records it.',
      ],
      source: 'Adoption Agencies Regulations (two-stage approval, 2013); Ofsted Annex A list 11. No England figure retrieved.',
    },
    details,
    cohortSql: cohort(
      APPROVED_HOUSEHOLDS(p),
      `coalesce(NOT ${late}, FALSE)`,
      `CASE WHEN q.application_submitted IS NULL THEN 'no application date recorded'
        WHEN ${late} THEN 'approved over 6 months after the application'
        ELSE 'approved within 6 months of the application' END`,
      details,
      'NOT q.application_submitted_unreadable',
    ),
  };
}

export function extendedAdoption(): Measure[] {
  const byKey = (k: string) => EVENTS.find((e) => e.key === k) as AdoptionEvent;
  return [
    adoptionEvents(byKey('adoption_orders'), 'month'),
    ...EVENTS.map((e) => adoptionEvents(e, 'ytd')),
    careToPlacementDays('ytd'),
    orderToMatchDays('ytd'),
    adoptersApproved('ytd'),
    adoptersApproved6m('ytd'),
  ];
}
