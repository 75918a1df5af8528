import type { Standards } from '../../config/config.js';
import type { Measure, MeasureDetail } from '../measure.js';
import { type FlowPeriod, flowRowsAt } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';
import { CHILD_PROTECTION_MEASURES, CP, OPEN_PLANS, S47_BY_ICPC, S47_BY_STRATEGY, s47Started } from './child-protection.js';
import { afterMonths, cohort, coreMeasure, england, isYes, onePerChild, shown, wholeMonths, withWorkerKey } from './extended-sql.js';

/**
 * Child protection beyond the core (KPI S01–S04, P01–P08): rates, conversion, plans started and
 * ended, categories, durations, visits and reviews against the configured standards, EPOs.
 */

const RATE_DENOMINATOR = 'The configured population of children aged 0–17 (ONS mid-year estimate for the year of D).';
const OPEN_PLANS_DENOMINATOR = 'Child protection plans open at D (list 7 rows of the extract current at D; plans, not children).';

/** A percentage over the CP plans open at D (rows), as the core cp_* percentages. */
function openPlanPercent(
  m: Pick<Measure, 'id' | 'title' | 'polarity' | 'details'> & { numerator: string; notes: string[]; source: string },
  from: string,
  inNumerator: string,
  reason: string,
  where = 'TRUE',
): Measure {
  return {
    id: m.id,
    title: m.title,
    theme: 'child-protection',
    kind: 'percent',
    period: 'snapshot',
    polarity: m.polarity,
    unit: '%',
    lists: [7],
    definition: { numerator: m.numerator, denominator: OPEN_PLANS_DENOMINATOR, notes: ['A plan with an unreadable start or end date is left out.', ...m.notes], source: m.source },
    details: m.details,
    cohortSql: cohort(from, inNumerator, reason, m.details, where),
  };
}

// ---- Section 47 enquiries and ICPCs (list 5) ----

export function s47Rate(p: FlowPeriod): Measure {
  return {
    ...s47Started(p),
    id: variantId('s47_rate', p),
    title: variantTitle('Section 47 enquiries per 10,000 children', p),
    kind: 'rate',
    unit: 'per 10,000 children',
    definition: {
      numerator: inPeriod('Section 47 enquiries (list 5 rows) whose strategy discussion date is in the reporting month (as s47_month), × 10,000.', p),
      denominator: RATE_DENOMINATOR,
      notes: ['Rows with the same child and the same strategy discussion date count once.', 'No population configured: the rate is null.'],
      source: `DfE C4; Ofsted Annex A list 5. ${england('230,590 enquiries (C4, 2025); rate 191.6 per 10,000 (C4, 2023)')}`,
    },
  };
}

const S47_DETAILS = [
  { key: 'strategy_date', label: 'Strategy discussion' },
  { key: 'icpc_date', label: 'ICPC' },
  { key: 'icpc_unnecessary', label: 'ICPC deemed unnecessary' },
];

export function s47ToIcpc(p: FlowPeriod): Measure {
  return {
    id: variantId('s47_to_icpc', p),
    title: variantTitle('Section 47 enquiries leading to an initial child protection conference', p),
    theme: 'child-protection',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [5],
    definition: {
      numerator: 'Of the denominator, enquiries with a Date of Initial Child Protection Conference on or after the strategy discussion and on or before D.',
      denominator: inPeriod('Section 47 enquiries (list 5 rows) whose strategy discussion date is in the reporting month; rows with an unreadable ICPC date are left out.', p),
      notes: [
        'Rows with the same child and the same strategy discussion date count once (the first row in the file gives the ICPC date).',
        'A blank ICPC date, an ICPC dated after D or before the strategy discussion is not a conference that followed the enquiry.',
        'Enquiries begun shortly before D may not have reached conference yet, so the latest weeks lower the figure.',
      ],
      source: `DfE C4; Ofsted Annex A list 5. ${england('31.3% derived (72,100 ICPCs / 230,590 enquiries, C4 2025)')}`,
    },
    details: S47_DETAILS,
    cohortSql: cohort(
      withWorkerKey(S47_BY_STRATEGY(p), 's'),
      'coalesce(q.icpc_date >= q.strategy_date AND q.icpc_date <= q.as_at, FALSE)',
      `CASE WHEN q.icpc_date IS NULL THEN 'no ICPC' || CASE WHEN q.icpc_unnecessary = 'Yes' THEN ' (deemed unnecessary)' ELSE '' END
        WHEN q.icpc_date < q.strategy_date THEN 'ICPC dated before the strategy discussion'
        WHEN q.icpc_date > q.as_at THEN 'ICPC dated after D'
        ELSE 'ICPC on ' || CAST(q.icpc_date AS VARCHAR) END`,
      S47_DETAILS,
      'NOT q.icpc_date_unreadable',
    ),
  };
}

export function icpcPlan(p: FlowPeriod): Measure {
  const details = [
    { key: 'icpc_date', label: 'ICPC' },
    { key: 'icpc_resulted_in_plan', label: 'Resulted in a plan' },
  ];
  return {
    id: variantId('icpc_plan', p),
    title: variantTitle('Initial child protection conferences resulting in a plan', p),
    theme: 'child-protection',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [5],
    definition: {
      numerator: 'Of the denominator, conferences with Did the Initial Child Protection Conference Result in a Child Protection Plan = Yes.',
      denominator: inPeriod('Initial child protection conferences: list 5 rows whose Date of ICPC is in the reporting month.', p),
      notes: ['Rows with the same child and the same ICPC date count once.', 'No, Unknown, blank or unreadable answers stay in the denominator and are not a Yes.'],
      source: 'DfE CIN census; Ofsted Annex A list 5. No England figure.',
    },
    details,
    cohortSql: cohort(
      withWorkerKey(S47_BY_ICPC(p), 's'),
      isYes('q.icpc_resulted_in_plan'),
      `CASE WHEN q.icpc_resulted_in_plan = 'Yes' THEN 'plan made' ELSE ${shown('resulted in a plan', 'q.icpc_resulted_in_plan')} END`,
      details,
    ),
  };
}

// ---- Plans: rate, started, second or subsequent, ended (list 7) ----

export const cpRate: Measure = {
  ...coreMeasure(CHILD_PROTECTION_MEASURES, 'cp_open'),
  id: 'cp_rate',
  title: 'Children on a child protection plan per 10,000 children',
  kind: 'rate',
  unit: 'per 10,000 children',
  definition: {
    numerator: 'Children with a child protection plan open at D (as cp_open: start ≤ D, end blank or after D, each child once), × 10,000.',
    denominator: RATE_DENOMINATOR,
    notes: ['A plan with an unreadable start or end date is left out.', 'No population configured: the rate is null.'],
    source: `DfE D1; Ofsted Annex A list 7. ${england('49,420 children (D1, 31 March 2025); rate 42.8 per 10,000 (A2, 2020)')}`,
  },
};

const STARTED = (p: FlowPeriod) => withWorkerKey(flowRowsAt('annex_a_cp', 'cp_start', p), 's');

export function cpStarted(p: FlowPeriod): Measure {
  const details = [{ key: 'cp_start', label: 'Plan start' }];
  return {
    id: variantId('cp_started', p, 'cp_started_month'),
    title: variantTitle(p === 'month' ? 'Child protection plans started in the month' : 'Child protection plans started', p),
    theme: 'child-protection',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'plans',
    lists: [7],
    definition: {
      numerator: inPeriod('Child protection plans (list 7 rows) whose Child Protection Plan Start Date is in the reporting month.', p),
      denominator: null,
      notes: ['Plans, not children. Rows with the same child and the same start date count once.', 'An unreadable start date leaves the row out.'],
      source: `DfE D1; Ofsted Annex A list 7. ${england('61,840 plans started (D1, 2025)')}`,
    },
    details,
    cohortSql: cohort(STARTED(p), 'TRUE', `'plan started ' || CAST(q.cp_start AS VARCHAR)`, details),
  };
}

export function cpStartedSecondPlus(p: FlowPeriod): Measure {
  const details = [
    { key: 'cp_start', label: 'Plan start' },
    { key: 'previous_cp_plans', label: 'Previous plans (column)' },
    { key: 'earlier_plan', label: 'Earlier plan in the list' },
  ];
  return {
    id: variantId('cp_started_second_plus', p),
    title: variantTitle('Child protection plans started that are a second or subsequent plan', p),
    theme: 'child-protection',
    kind: 'percent',
    period: p,
    polarity: 'lower',
    unit: '%',
    lists: [7],
    definition: {
      numerator:
        'Of the denominator, plans with Number of Previous Child Protection Plans ≥ 1, or where the same extract’s list 7 holds another plan for the same child that started before this one.',
      denominator: inPeriod('Child protection plans (list 7 rows) whose start date is in the reporting month.', p),
      notes: [
        'Either route is enough (as rereferrals_12m); a previous plan at any time counts, not only within two years.',
        'A blank or unreadable count is not ≥ 1; a duplicate row with the same start is not an earlier plan.',
      ],
      source: `NI 65 / DfE CIN census NumberOfPreviousCPP; LG Inform 100 (low is good). ${england('16.6% (brookman.co.uk on DfE, 2015)')}`,
    },
    details,
    cohortSql: cohort(
      `SELECT s.*, (SELECT max(e.cp_start) FROM annex_a_cp e
          WHERE e.extract_id = s.extract_id AND e.child_id = s.child_id AND e.cp_start < s.cp_start) AS earlier_plan
        FROM (${STARTED(p)}) s`,
      '(coalesce(q.previous_cp_plans >= 1, FALSE) OR q.earlier_plan IS NOT NULL)',
      `CASE WHEN q.earlier_plan IS NOT NULL THEN 'earlier plan started ' || CAST(q.earlier_plan AS VARCHAR)
        WHEN q.previous_cp_plans >= 1 THEN CAST(q.previous_cp_plans AS VARCHAR) || ' previous plan(s) recorded'
        WHEN q.previous_cp_plans = 0 THEN 'first plan' ELSE 'previous plans not recorded' END`,
      details,
    ),
  };
}

const ENDED = (p: FlowPeriod) => `SELECT e.*, CASE WHEN e.cp_start IS NULL THEN NULL WHEN e.cp_end < e.cp_start THEN 0 ELSE ${wholeMonths('e.cp_start', 'e.cp_end')} END AS months
  FROM (${withWorkerKey(flowRowsAt('annex_a_cp', 'cp_end', p), 'x')}) e`;

const ENDED_DETAILS = [
  { key: 'cp_start', label: 'Plan start' },
  { key: 'cp_end', label: 'Plan end' },
  { key: 'months', label: 'Whole months' },
];

export function cpEnded(p: FlowPeriod): Measure {
  return {
    id: variantId('cp_ended', p, 'cp_ended_month'),
    title: variantTitle(p === 'month' ? 'Child protection plans ended in the month' : 'Child protection plans ended', p),
    theme: 'child-protection',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'plans',
    lists: [7],
    definition: {
      numerator: inPeriod('Child protection plans (list 7 rows) whose Child Protection Plan End Date is in the reporting month.', p),
      denominator: null,
      notes: ['Plans, not children. Rows with the same child and the same end date count once.', 'An unreadable end date leaves the row out.'],
      source: `DfE D7; Ofsted Annex A list 7. ${england('62,300 plans ended (D7, 2025)')}`,
    },
    details: ENDED_DETAILS,
    cohortSql: cohort(ENDED(p), 'TRUE', `'plan ended ' || CAST(q.cp_end AS VARCHAR)`, ENDED_DETAILS),
  };
}

interface DurationBand {
  readonly key: string;
  readonly words: string;
  /** Whole months: from (inclusive) and to (exclusive; null = no upper bound). */
  readonly from: number;
  readonly to: number | null;
  readonly england: string;
}

/** DfE D7's duration bands of plans that ended. */
const BANDS: readonly DurationBand[] = [
  { key: 'under_3m', words: 'under 3 months', from: 0, to: 3, england: '15.9%' },
  { key: '3_6m', words: '3 months to under 6 months', from: 3, to: 6, england: '11.0%' },
  { key: '6_12m', words: '6 months to under 1 year', from: 6, to: 12, england: '43.5%' },
  { key: '1_2y', words: '1 year to under 2 years', from: 12, to: 24, england: '25.2%' },
  { key: '2y_plus', words: '2 years or more', from: 24, to: null, england: '4.4%' },
];

export function cpEndedDuration(b: DurationBand, p: FlowPeriod): Measure {
  const test = `q.months >= ${b.from}${b.to === null ? '' : ` AND q.months < ${b.to}`}`;
  return {
    id: variantId(`cp_ended_${b.key}`, p),
    title: variantTitle(`Child protection plans ended, lasting ${b.words}`, p),
    theme: 'child-protection',
    kind: 'percent',
    period: p,
    polarity: b.to === null ? 'lower' : 'context',
    unit: '%',
    lists: [7],
    definition: {
      numerator: `Of the denominator, plans that lasted ${b.words}: whole months from start to end ${b.to === null ? `≥ ${b.from}` : `≥ ${b.from} and < ${b.to}`} (a plan has lasted n months when its start is on or before its end − n months, the same day of the month or the last day of a shorter month).`,
      denominator: inPeriod('Child protection plans (list 7 rows) whose end date is in the reporting month; rows with an unreadable start date are left out.', p),
      notes: [
        'A blank start date keeps the plan in the denominator but in no band; an end before the start counts as 0 months.',
        'Rows with the same child and the same end date count once.',
      ],
      source: `DfE D7 duration bands; Ofsted Annex A list 7. ${england(`${b.england} of 62,300 plans ended (D7, 2025)`)}`,
    },
    details: ENDED_DETAILS,
    cohortSql: cohort(
      ENDED(p),
      `coalesce(${test}, FALSE)`,
      `CASE WHEN q.months IS NULL THEN 'no start date: duration unknown'
        WHEN ${test} THEN CAST(q.months AS VARCHAR) || ' whole months: ${b.words}'
        ELSE CAST(q.months AS VARCHAR) || ' whole months: not ${b.words}' END`,
      ENDED_DETAILS,
      'NOT q.cp_start_unreadable',
    ),
  };
}

// ---- Open plans: categories, duration, visits, seen alone, reviews (list 7, snapshot) ----

interface Category {
  readonly key: string;
  readonly code: string;
  readonly words: string;
  readonly england: string;
}

const CATEGORIES: readonly Category[] = [
  { key: 'neglect', code: 'Neglect', words: 'neglect', england: '50.5%' },
  { key: 'emotional', code: 'Emotional abuse', words: 'emotional abuse', england: '35.7%' },
  { key: 'physical', code: 'Physical abuse', words: 'physical abuse', england: '7.4%' },
  { key: 'sexual', code: 'Sexual abuse', words: 'sexual abuse', england: '3.8%' },
  { key: 'multiple', code: 'Multiple/not recommended', words: 'multiple categories', england: '2.6%' },
];

const PLANS_WITH_CATEGORY = `SELECT o.*, coalesce(o.latest_category, o.initial_category) AS category FROM (${OPEN_PLANS}) o`;

export function cpCategory(c: Category): Measure {
  const details = [
    { key: 'cp_start', label: 'Plan start' },
    { key: 'initial_category', label: 'Initial category' },
    { key: 'latest_category', label: 'Latest category' },
  ];
  return openPlanPercent(
    {
      id: `cp_category_${c.key}`,
      title: `Child protection plans by category: ${c.words}`,
      polarity: 'context',
      details,
      numerator: `Of the denominator, plans whose Latest Category of Abuse is ${c.code} (or, when the latest category is blank or unreadable, whose Initial Category of Abuse is).`,
      notes: [
        'Categories are matched on their code (`a) Neglect`, `NEG`, `neglect`); a plan with neither category readable stays in the denominator and is in no category.',
      ],
      source: `DfE CIN census Initial/LatestCategoryOfAbuse; Ofsted Annex A list 7. ${england(`${c.england} of children on a plan, initial category (derived, A6, 31 March 2020)`)}`,
    },
    PLANS_WITH_CATEGORY,
    `coalesce(q.category = '${c.code}', FALSE)`,
    `CASE WHEN q.category IS NULL THEN 'no readable category' ELSE 'category: ' || q.category END`,
  );
}

export const cpOpen18Months: Measure = openPlanPercent(
  {
    id: 'cp_open_18m_plus',
    title: 'Child protection plans open 18 months or more',
    polarity: 'lower',
    details: [
      { key: 'cp_start', label: 'Plan start' },
      { key: 'months', label: 'Whole months open' },
    ],
    numerator:
      'Of the denominator, plans that started on or before D − 18 months (the same day of the month 18 months earlier, or the last day of that month when it is shorter).',
    notes: ['Reported alongside cp_2years_plus (two years or more).'],
    source: 'Local measure with DfE D7 duration bands. No England figure.',
  },
  `SELECT o.*, ${wholeMonths('o.cp_start', 'o.as_at')} AS months FROM (${OPEN_PLANS}) o`,
  'q.months >= 18',
  `CASE WHEN q.months >= 18 THEN 'open ' || CAST(q.months AS VARCHAR) || ' whole months: 18 or more' ELSE 'open ' || CAST(q.months AS VARCHAR) || ' whole months' END`,
);

export function cpVisitedInStandard(s: Standards): Measure {
  const n = s.cpVisitWorkingDays;
  return openPlanPercent(
    {
      id: 'cp_visited_in_standard',
      title: `Child protection plans with a statutory visit in the last ${n} working days`,
      polarity: 'higher',
      details: [
        { key: 'cp_start', label: 'Plan start' },
        { key: 'last_visit', label: 'Last statutory visit' },
        { key: 'working_days', label: 'Working days since' },
      ],
      numerator: `Of the denominator, plans whose Date of the Last Statutory Visit is on or before D and ${n} working days or fewer before D (the visit day is day 0).`,
      notes: [
        `The standard (${n} working days) is the authority's, configured as standards.cpVisitWorkingDays; with the default 10 this equals cp_visited_10wd.`,
        'No visit recorded counts as not visited; a visit dated after D does not count; an unreadable visit date leaves the plan out.',
      ],
      source: 'Local standard (commonly every 10 working days: docsbay.net statutory visits guidance); Ofsted Annex A list 7. No England figure.',
    },
    `SELECT o.*, CASE WHEN o.last_visit IS NULL OR o.last_visit > o.as_at OR cv.wd IS NULL OR cd.wd IS NULL THEN NULL ELSE cd.wd - cv.wd END AS working_days
      FROM (${OPEN_PLANS}) o
      LEFT JOIN calendar cv ON cv.day = o.last_visit
      LEFT JOIN calendar cd ON cd.day = o.as_at`,
    `coalesce(q.working_days <= ${n}, FALSE)`,
    `CASE WHEN q.last_visit IS NULL THEN 'no visit recorded'
      WHEN q.last_visit > q.as_at THEN 'visit dated after D'
      WHEN q.working_days IS NULL THEN 'visit date outside the calendar'
      WHEN q.working_days <= ${n} THEN 'visited ' || CAST(q.working_days AS VARCHAR) || ' working days before D'
      ELSE 'last visit ' || CAST(q.working_days AS VARCHAR) || ' working days before D: over ${n}' END`,
    'NOT q.last_visit_unreadable',
  );
}

export const cpSeenAlone: Measure = openPlanPercent(
  {
    id: 'cp_seen_alone',
    title: 'Child protection plans where the child was seen alone at the last visit',
    polarity: 'higher',
    details: [
      { key: 'cp_start', label: 'Plan start' },
      { key: 'last_visit', label: 'Last statutory visit' },
      { key: 'seen_alone', label: 'Seen alone' },
    ],
    numerator: 'Of the denominator, plans with Was the Child Seen Alone? = Yes.',
    notes: ['No, Unknown, blank or unreadable answers stay in the denominator and are not a Yes (an infant too young to be seen alone counts as not seen alone).'],
    source: 'Ofsted Annex A list 7. No England figure.',
  },
  OPEN_PLANS,
  isYes('q.seen_alone'),
  `CASE WHEN q.seen_alone = 'Yes' THEN 'seen alone' ELSE ${shown('seen alone', 'q.seen_alone')} END`,
);

export function cpReviewsInTimescale(s: Standards): Measure {
  const n = s.cpReviewMonths;
  return openPlanPercent(
    {
      id: 'cp_reviews_in_timescale',
      title: `Child protection plans with reviews in timescale (first within 3 months, then every ${n} months)`,
      polarity: 'higher',
      details: [
        { key: 'cp_start', label: 'Plan start' },
        { key: 'last_review', label: 'Latest review conference' },
      ],
      numerator: `Of the denominator, plans whose review is not overdue at D: with a review conference held on or after the plan start and on or before D, D is not after that review + ${n} months; without one, D is not after the plan start + 3 months.`,
      notes: [
        `The interval after a review (${n} months) is configured as standards.cpReviewMonths; the first review is due within 3 months of the plan start.`,
        'X + n months is the same day of the month n months later, or that month’s last day when it is shorter; a review due on D is not overdue.',
        'Only the latest review date is in Annex A, so a late earlier review that has since been followed by one in time is not seen.',
        'A review dated before the plan start (an earlier plan’s) or after D is ignored; an unreadable review date leaves the plan out.',
      ],
      source: `CP procedures (first review within 3 months, then at most 6-monthly: sussexchildprotection.procedures.org.uk); Ofsted Annex A list 7. ${england('94.0% of plans reviewed within timescales (brookman.co.uk on DfE, 2015)')}`,
    },
    `SELECT o.*, CASE WHEN o.last_review >= o.cp_start AND o.last_review <= o.as_at THEN o.last_review END AS review_held FROM (${OPEN_PLANS}) o`,
    `CASE WHEN q.review_held IS NOT NULL THEN NOT ${afterMonths('q.review_held', 'q.as_at', n)} ELSE NOT ${afterMonths('q.cp_start', 'q.as_at', 3)} END`,
    `CASE WHEN q.review_held IS NOT NULL AND ${afterMonths('q.review_held', 'q.as_at', n)} THEN 'overdue: last review ' || CAST(q.review_held AS VARCHAR) || ', over ${n} months before D'
      WHEN q.review_held IS NOT NULL THEN 'reviewed ' || CAST(q.review_held AS VARCHAR)
      WHEN ${afterMonths('q.cp_start', 'q.as_at', 3)} THEN 'overdue: no review since the plan started ' || CAST(q.cp_start AS VARCHAR)
      ELSE 'first review not yet due' END`,
    'NOT q.last_review_unreadable',
  );
}

const EPO_DETAILS: MeasureDetail[] = [
  { key: 'cp_start', label: 'Plan start' },
  { key: 'cp_end', label: 'Plan end' },
  { key: 'epo_last_6m', label: 'EPO or police protection in the last six months' },
];

export const cpEpo6m: Measure = {
  id: 'cp_epo_6m',
  title: 'Children subject to an emergency protection order or police protection in the last six months',
  theme: 'child-protection',
  kind: 'count',
  period: 'snapshot',
  polarity: 'context',
  unit: 'children',
  lists: [7],
  definition: {
    numerator:
      'Children with a list 7 plan (extract current at D) that started on or before D and was open at some time in the six months to D (end blank or after D − 6 months) whose Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months = Yes, each child once.',
    denominator: null,
    notes: [
      'A child with several such plans counts once, and counts if any of them says Yes.',
      'A plan with an unreadable start or end date is left out; No, Unknown, blank or unreadable answers are not a Yes.',
      'Only children who are or were recently on a plan are in list 7: an EPO that led to no plan is not seen.',
    ],
    source: 'Ofsted Annex A list 7. No England figure.',
  },
  details: EPO_DETAILS,
  cohortSql: cohort(
    onePerChild(
      `${withWorkerKey(CP, 'c')} WHERE NOT c.cp_end_unreadable AND (c.cp_end IS NULL OR ${wholeMonths('c.cp_end', 'c.as_at')} < 6)`,
      `CASE WHEN r.epo_last_6m = 'Yes' THEN 0 ELSE 1 END, r.cp_start DESC`,
    ),
    isYes('q.epo_last_6m'),
    `CASE WHEN q.epo_last_6m = 'Yes' THEN 'EPO or police protection in the last six months' ELSE ${shown('EPO or police protection', 'q.epo_last_6m')} END`,
    EPO_DETAILS,
  ),
};

export function extendedChildProtection(s: Standards): Measure[] {
  return [
    s47Started('rolling12'),
    s47Rate('ytd'),
    s47ToIcpc('ytd'),
    icpcPlan('ytd'),
    cpRate,
    cpStarted('month'),
    cpStarted('ytd'),
    cpStartedSecondPlus('ytd'),
    cpStartedSecondPlus('rolling12'),
    cpEnded('ytd'),
    ...BANDS.map((b) => cpEndedDuration(b, 'ytd')),
    ...CATEGORIES.map(cpCategory),
    cpOpen18Months,
    cpVisitedInStandard(s),
    cpSeenAlone,
    cpReviewsInTimescale(s),
    cpEpo6m,
  ];
}
