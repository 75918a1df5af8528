import type { Standards } from '../../config/config.js';
import { ageSql } from '../../store/sql.js';
import type { Measure, MeasureDetail, Polarity } from '../measure.js';
import { type FlowPeriod, flowRowsAt } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';
import { afterMonths, codeIn, cohort, coreMeasure, england, isYes, onePerChild, shown, wholeMonths, withWorkerKey } from './extended-sql.js';
import { CHILDREN_LOOKED_AFTER, LOOKED_AFTER_MEASURES } from './looked-after.js';

/**
 * Children looked after beyond the core (KPI L01–L09, L13, M01, M03): rates, starts and
 * cessations, placement mix and stability, visits and reviews against the configured standards,
 * IRO contact, missing episodes and return interviews, permanence plans.
 */

const CLA_DENOMINATOR = 'Children looked after at D (list 8, start ≤ D, ceased blank or after D), each child once: the open row with the latest start.';
const LOOKED_AFTER_SINCE: MeasureDetail = { key: 'cla_start', label: 'Looked after since' };

/** A percentage over the children looked after at D (one row each, as the core cla_* percentages). */
function claPercent(
  m: Pick<Measure, 'id' | 'title' | 'polarity'> & { numerator: string; denominator?: string; notes: string[]; source: string; details: MeasureDetail[] },
  from: string,
  inNumerator: string,
  reason: string,
  where = 'TRUE',
): Measure {
  return {
    id: m.id,
    title: m.title,
    theme: 'looked-after',
    kind: 'percent',
    period: 'snapshot',
    polarity: m.polarity,
    unit: '%',
    lists: [8],
    definition: {
      numerator: m.numerator,
      denominator: m.denominator ?? CLA_DENOMINATOR,
      notes: ['A period of care with an unreadable start or ceased date is left out.', ...m.notes],
      source: m.source,
    },
    details: [LOOKED_AFTER_SINCE, ...m.details],
    cohortSql: cohort(from, inNumerator, reason, [LOOKED_AFTER_SINCE, ...m.details], where),
  };
}

// ---- Rate and UASC share (the core cohorts, aggregated differently) ----

export const claRate: Measure = {
  ...coreMeasure(LOOKED_AFTER_MEASURES, 'cla_open'),
  id: 'cla_rate',
  title: 'Children looked after per 10,000 children',
  kind: 'rate',
  unit: 'per 10,000 children',
  definition: {
    numerator: 'Children looked after at D (as cla_open: start ≤ D, ceased blank or after D, each child once), × 10,000.',
    denominator: 'The configured population of children aged 0–17 (ONS mid-year estimate for the year of D).',
    notes: ['A period of care with an unreadable start or ceased date is left out.', 'No population configured: the rate is null.'],
    source: `SSDA903; Ofsted Annex A list 8. ${england('81,770 children looked after, 67 per 10,000 (CLA25, 31 March 2025)')}`,
  },
};

export const claUascPercent: Measure = {
  ...coreMeasure(LOOKED_AFTER_MEASURES, 'cla_uasc'),
  id: 'cla_uasc_percent',
  title: 'Children looked after who are unaccompanied asylum-seeking children',
  kind: 'percent',
  unit: '%',
  definition: {
    numerator: 'Of the denominator, children with Unaccompanied Asylum Seeking Child (UASC) = Yes (on the row with the latest start), as cla_uasc.',
    denominator: CLA_DENOMINATOR,
    notes: ['No, Unknown, blank or unreadable answers stay in the denominator and are not a Yes.'],
    source: `SSDA903 UASC; Ofsted Annex A list 8. ${england('6,540 = 8.0% of children looked after (derived, CLA25, 2025)')}`,
  },
};

// ---- Starts and cessations (flows) ----

/** Children who started in the period, one row each: their first start in the period. */
const STARTERS = (p: FlowPeriod) => onePerChild(withWorkerKey(flowRowsAt('annex_a_cla', 'cla_start', p), 's'), 'r.cla_start');

/** Children who ceased in the period (reason X1 is an episode change, not leaving care), one row each: the latest. */
const LEAVERS = (p: FlowPeriod) =>
  onePerChild(`${withWorkerKey(flowRowsAt('annex_a_cla', 'cla_end', p), 's')} WHERE coalesce(s.reason_ceased, '') <> 'X1'`, 'r.cla_end DESC');

const CEASED_DETAILS: MeasureDetail[] = [
  { key: 'cla_start', label: 'Looked after since' },
  { key: 'cla_end', label: 'Ceased' },
  { key: 'reason_ceased', label: 'Reason ceased' },
];

export function claStarted(p: FlowPeriod): Measure {
  const details = [LOOKED_AFTER_SINCE, { key: 'legal_status', label: 'Legal status' }];
  return {
    id: variantId('cla_started', p, 'cla_started_month'),
    title: variantTitle(p === 'month' ? 'Children who started to be looked after in the month' : 'Children who started to be looked after', p),
    theme: 'looked-after',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'children',
    lists: [8],
    definition: {
      numerator: inPeriod('Children with a list 8 row whose Date Started to be Looked After is in the reporting month, each child once (the first start in the period).', p),
      denominator: null,
      notes: ['An unreadable start date leaves the row out.', 'A child who started, left and started again in the period counts once, as the DfE counts children starting.'],
      source: 'SSDA903 (children starting to be looked after); Ofsted Annex A list 8. No England figure retrieved.',
    },
    details,
    cohortSql: cohort(STARTERS(p), 'TRUE', `'started ' || CAST(q.cla_start AS VARCHAR)`, details),
  };
}

export function claCeased(p: FlowPeriod): Measure {
  return {
    id: variantId('cla_ceased', p, 'cla_ceased_month'),
    title: variantTitle(p === 'month' ? 'Children who ceased to be looked after in the month' : 'Children who ceased to be looked after', p),
    theme: 'looked-after',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'children',
    lists: [8],
    definition: {
      numerator: inPeriod(
        'Children with a list 8 row whose Date Ceased to be Looked After is in the reporting month and whose Reason Ceased is not X1, each child once (the latest cessation in the period).',
        p,
      ),
      denominator: null,
      notes: ['X1 (episode ceases and a new one begins the same day) is a change of episode, not leaving care.', 'An unreadable ceased date leaves the row out.'],
      source: `SSDA903 REC; Ofsted Annex A list 8. ${england('34,450 children ceased (CLA25 time series, 2025)')}`,
    },
    details: CEASED_DETAILS,
    cohortSql: cohort(LEAVERS(p), 'TRUE', `'ceased ' || CAST(q.cla_end AS VARCHAR) || ', reason ' || coalesce(q.reason_ceased, 'blank')`, CEASED_DETAILS),
  };
}

interface CeasedGroup {
  readonly key: string;
  readonly words: string;
  readonly codes: readonly string[];
  readonly england?: string;
}

const CEASED_GROUPS: readonly CeasedGroup[] = [
  { key: 'adoption', words: 'adoption', codes: ['E11', 'E12'], england: '3,040 = 8.8% of 34,450 children ceased (derived, CLA25, 2025)' },
  { key: 'sgo', words: 'a special guardianship order', codes: ['E45', 'E46', 'E47', 'E48'] },
  { key: 'cao', words: 'a residence or child arrangements order', codes: ['E41'] },
  { key: 'home', words: 'returning home to parents or relatives', codes: ['E4A', 'E4B'] },
];

export function claCeasedBy(g: CeasedGroup, p: FlowPeriod): Measure {
  return {
    id: variantId(`cla_ceased_${g.key}`, p),
    title: variantTitle(`Children who ceased to be looked after by ${g.words}`, p),
    theme: 'looked-after',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [8],
    definition: {
      numerator: `Of the denominator, children whose Reason Ceased to be Looked After is ${g.codes.join(', ')}.`,
      denominator: inPeriod('Children who ceased to be looked after in the reporting month (as cla_ceased: reason not X1, each child once, the latest cessation).', p),
      notes: [
        'The reason is matched on its code (`a) E11`, `e11`, `E11: Adopted…`); a blank or unreadable reason stays in the denominator.',
        ...(g.key === 'sgo' ? ['Older codes E43 and E44 are not in the Annex A list (they became E46 and E48) and are not read.'] : []),
      ],
      source: `SSDA903 REC; Ofsted Annex A list 8.${g.england ? ` ${england(g.england)}` : ' No England figure retrieved.'}`,
    },
    details: CEASED_DETAILS,
    cohortSql: cohort(
      LEAVERS(p),
      codeIn('q.reason_ceased', g.codes),
      `CASE WHEN ${codeIn('q.reason_ceased', g.codes)} THEN 'ceased ' || q.reason_ceased || ': ${g.words}' ELSE ${shown('reason ceased', 'q.reason_ceased')} END`,
      CEASED_DETAILS,
    ),
  };
}

export function claStartedSecondPeriod(p: FlowPeriod): Measure {
  const details = [LOOKED_AFTER_SINCE, { key: 'second_period', label: 'Second or subsequent period in 12 months' }];
  return {
    id: variantId('cla_started_second_period', p),
    title: variantTitle('Children starting to be looked after for a second or subsequent time within 12 months', p),
    theme: 'looked-after',
    kind: 'percent',
    period: p,
    polarity: 'lower',
    unit: '%',
    lists: [8],
    definition: {
      numerator:
        'Of the denominator, children with Is this a second or subsequent period of being a Looked After Child within the last 12 months = Yes (on their first start in the period).',
      denominator: inPeriod('Children who started to be looked after in the reporting month (as cla_started: each child once, the first start).', p),
      notes: ['No, Unknown, blank or unreadable answers stay in the denominator and are not a Yes.'],
      source: 'Ofsted Annex A list 8. No England figure.',
    },
    details,
    cohortSql: cohort(
      STARTERS(p),
      isYes('q.second_period'),
      `CASE WHEN q.second_period = 'Yes' THEN 'second or subsequent period' ELSE ${shown('second period', 'q.second_period')} END`,
      details,
    ),
  };
}

// ---- Placements at D ----

interface PlacementGroup {
  readonly key: string;
  readonly title: string;
  readonly column: 'placement_type' | 'placement_location';
  readonly codes: readonly string[];
  readonly words: string;
  readonly polarity: Polarity;
  readonly england?: string;
}

const PLACEMENT_GROUPS: readonly PlacementGroup[] = [
  {
    key: 'foster',
    title: 'Children looked after in foster care',
    column: 'placement_type',
    codes: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
    words: 'U1–U6 (foster placements, with relatives or friends or other carers)',
    polarity: 'context',
    england: '75% of children looked after in foster placements (SFR 34/2015, 2015)',
  },
  { key: 'childrens_home', title: "Children looked after in children's homes", column: 'placement_type', codes: ['K1', 'K2'], words: "K1 or K2 (secure children's home, children's home)", polarity: 'context' },
  { key: 'semi_independent', title: 'Children looked after in semi-independent accommodation', column: 'placement_type', codes: ['H5'], words: 'H5 (semi-independent living accommodation)', polarity: 'context' },
  { key: 'with_parents', title: 'Children looked after placed with parents', column: 'placement_type', codes: ['P1'], words: 'P1 (placed with own parents or others with parental responsibility)', polarity: 'context' },
  { key: 'for_adoption', title: 'Children looked after placed for adoption', column: 'placement_type', codes: ['A3', 'A4', 'A5', 'A6'], words: 'A3–A6 (placed for adoption)', polarity: 'context' },
  { key: 'out_of_area', title: 'Children looked after placed outside the local authority', column: 'placement_location', codes: ['Out'], words: 'Out (Placement Location)', polarity: 'lower' },
];

export function claPlaced(g: PlacementGroup): Measure {
  const label = g.column === 'placement_type' ? 'Placement type' : 'Placement location';
  return claPercent(
    {
      id: `cla_placed_${g.key}`,
      title: g.title,
      polarity: g.polarity,
      numerator: `Of the denominator, children whose ${label} (on the row with the latest start) is ${g.words}.`,
      notes: [`The ${label.toLowerCase()} is matched on its code (\`f) U6: Foster placement…\`, \`u6\`); a blank or unreadable value stays in the denominator and is in no group.`],
      source: `SSDA903 PLACE${g.column === 'placement_location' ? ' and postcodes' : ''}; Ofsted Annex A list 8.${g.england ? ` ${england(g.england)}` : ' No England figure retrieved.'}`,
      details: [{ key: g.column, label }],
    },
    CHILDREN_LOOKED_AFTER,
    codeIn(`q.${g.column}`, g.codes),
    `CASE WHEN ${codeIn(`q.${g.column}`, g.codes)} THEN '${label.toLowerCase()} ' || q.${g.column} ELSE ${shown(label.toLowerCase(), `q.${g.column}`)} END`,
  );
}

export const claLongTermStability: Measure = claPercent(
  {
    id: 'cla_long_term_stability',
    title: 'Children under 16 looked after for 2½ years or more, in the same placement for 2 years or more',
    polarity: 'higher',
    numerator:
      'Of the denominator, children whose Start Date of Most Recent Placement is on or before D − 2 years (the same day and month two years earlier; 29 February → 28 February).',
    denominator:
      'Children looked after at D (each once, the row with the latest start) aged under 16 at D (from the date of birth) who started to be looked after on or before D − 30 months.',
    notes: [
      'A blank or unreadable date of birth leaves the child out (the age is unknown); an unreadable placement start leaves the child out; a blank placement start fails the numerator.',
      'The DfE measure also counts a child placed for adoption whose adoptive and previous placement together last two years; Annex A has only the latest placement, so that case is not credited.',
    ],
    source: `DfE long-term placement stability (CLA25 stability data set); Ofsted Annex A list 8. ${england('69% (19,680 / 28,710, CLA25, 2025)')}`,
    details: [
      { key: 'dob', label: 'Date of birth' },
      { key: 'placement_start', label: 'Placement start' },
      { key: 'placement_months', label: 'Whole months in placement' },
    ],
  },
  `SELECT c.*, ${ageSql('c.dob', 'c.as_at')} AS age_at_d, ${wholeMonths('c.cla_start', 'c.as_at')} AS care_months,
     ${wholeMonths('c.placement_start', 'c.as_at')} AS placement_months
   FROM (${CHILDREN_LOOKED_AFTER}) c`,
  'coalesce(q.placement_months >= 24, FALSE)',
  `CASE WHEN q.placement_start IS NULL THEN 'no placement start recorded'
    WHEN q.placement_months >= 24 THEN 'same placement since ' || CAST(q.placement_start AS VARCHAR)
    ELSE 'placement since ' || CAST(q.placement_start AS VARCHAR) || ': under 2 years' END`,
  'q.age_at_d < 16 AND q.care_months >= 30 AND NOT q.dob_unreadable AND NOT q.placement_start_unreadable',
);

// ---- Visits, reviews and IRO contact at D ----

export function claVisitedInStandard(s: Standards): Measure {
  const w = s.claVisitWeeks;
  const days = 7 * w;
  return claPercent(
    {
      id: 'cla_visited_in_standard',
      title: `Children looked after visited in the last ${w} weeks`,
      polarity: 'higher',
      numerator: `Of the denominator, children whose Date of Last Social Work Visit is within the last ${days} days of D (D − ${days} < visit ≤ D).`,
      notes: [
        `The standard (${w} weeks) is configured as standards.claVisitWeeks; with the default 6 this equals cla_visited_6wk.`,
        'No visit recorded counts as not visited; a visit after D does not count; an unreadable visit date leaves the child out.',
        'Regulation 28’s other frequencies (weekly after a placement starts, 3-monthly in a long-term placement) need the visit history, which Annex A does not hold.',
      ],
      source: 'Care Planning, Placement and Case Review (England) Regulations 2010 reg 28 (REG28); Ofsted Annex A list 8. No England figure.',
      details: [{ key: 'last_visit', label: 'Last social work visit' }],
    },
    CHILDREN_LOOKED_AFTER,
    `coalesce(q.last_visit > q.as_at - ${days} AND q.last_visit <= q.as_at, FALSE)`,
    `CASE WHEN q.last_visit IS NULL THEN 'no visit recorded'
      WHEN q.last_visit > q.as_at THEN 'visit dated after D'
      WHEN q.last_visit > q.as_at - ${days} THEN 'visited ' || CAST(q.last_visit AS VARCHAR)
      ELSE 'last visit ' || CAST(q.last_visit AS VARCHAR) || ': over ${w} weeks before D' END`,
    'NOT q.last_visit_unreadable',
  );
}

export function claReviewsInTimescale(s: Standards): Measure {
  const n = s.claReviewMonths;
  return claPercent(
    {
      id: 'cla_reviews_in_timescale',
      title: `Children looked after with reviews in timescale (first within 20 working days, then every ${n} months)`,
      polarity: 'higher',
      numerator: `Of the denominator, children whose review is not overdue at D: with a review held on or after the start of care and on or before D, D is not after that review + ${n} months; without one, D is 20 working days or fewer after the start of care.`,
      notes: [
        `The interval after a review (${n} months) is configured as standards.claReviewMonths.`,
        'Regulation 33 wants the second review within 3 months of the first; Annex A has only the latest review date, so the interval after every review is the configured one.',
        'X + n months is the same day of the month n months later, or that month’s last day when it is shorter; a review due on D is not overdue.',
        'A review dated before the start of care or after D is ignored; an unreadable review date leaves the child out.',
      ],
      source: 'Care Planning, Placement and Case Review (England) Regulations 2010 reg 33 (REG33); Ofsted Annex A list 8. No England figure.',
      details: [
        { key: 'last_review', label: 'Latest statutory review' },
        { key: 'working_days', label: 'Working days looked after' },
      ],
    },
    `SELECT c.*, CASE WHEN c.last_review >= c.cla_start AND c.last_review <= c.as_at THEN c.last_review END AS review_held,
       CASE WHEN cs.wd IS NULL OR cd.wd IS NULL THEN NULL ELSE cd.wd - cs.wd END AS working_days
     FROM (${CHILDREN_LOOKED_AFTER}) c
     LEFT JOIN calendar cs ON cs.day = c.cla_start
     LEFT JOIN calendar cd ON cd.day = c.as_at`,
    `CASE WHEN q.review_held IS NOT NULL THEN NOT ${afterMonths('q.review_held', 'q.as_at', n)} ELSE coalesce(q.working_days <= 20, FALSE) END`,
    `CASE WHEN q.review_held IS NOT NULL AND ${afterMonths('q.review_held', 'q.as_at', n)} THEN 'overdue: last review ' || CAST(q.review_held AS VARCHAR) || ', over ${n} months before D'
      WHEN q.review_held IS NOT NULL THEN 'reviewed ' || CAST(q.review_held AS VARCHAR)
      WHEN q.working_days IS NULL THEN 'start of care outside the calendar'
      WHEN q.working_days <= 20 THEN 'first review not yet due (' || CAST(q.working_days AS VARCHAR) || ' working days looked after)'
      ELSE 'overdue: no review in ' || CAST(q.working_days AS VARCHAR) || ' working days looked after' END`,
    'NOT q.last_review_unreadable',
  );
}

export const claIroContact6m: Measure = claPercent(
  {
    id: 'cla_iro_contact_6m',
    title: 'Children looked after with IRO contact in the last 6 months',
    polarity: 'higher',
    numerator:
      'Of the denominator, children whose Date of Last IRO Visit / Contact to the Child is on or before D and after D − 6 months (the same day of the month six months earlier, or the last day of a shorter month).',
    notes: ['No contact recorded counts as none; a date after D does not count; an unreadable date leaves the child out.'],
    source: 'IRO Handbook (contact before each review); Ofsted Annex A list 8. No England figure.',
    details: [{ key: 'last_iro_contact', label: 'Last IRO visit or contact' }],
  },
  CHILDREN_LOOKED_AFTER,
  `coalesce(q.last_iro_contact <= q.as_at AND ${wholeMonths('q.last_iro_contact', 'q.as_at')} < 6, FALSE)`,
  `CASE WHEN q.last_iro_contact IS NULL THEN 'no IRO contact recorded'
    WHEN q.last_iro_contact > q.as_at THEN 'IRO contact dated after D'
    WHEN ${wholeMonths('q.last_iro_contact', 'q.as_at')} < 6 THEN 'IRO contact ' || CAST(q.last_iro_contact AS VARCHAR)
    ELSE 'last IRO contact ' || CAST(q.last_iro_contact AS VARCHAR) || ': 6 months or more before D' END`,
  'NOT q.last_iro_contact_unreadable',
);

// ---- Missing episodes and return interviews ----

const MISSING_DETAIL: MeasureDetail = { key: 'missing_episodes_12m', label: 'Missing episodes in 12 months' };

export const claMissing12m: Measure = claPercent(
  {
    id: 'cla_missing_12m',
    title: 'Children looked after with a missing episode in the last 12 months',
    polarity: 'lower',
    numerator: "Of the denominator, children whose Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months is 1 or more.",
    notes: ['A blank or unreadable count is not ≥ 1. Absences (the separate Absent column) are not missing episodes.'],
    source: `SSDA903 Missing; Ofsted Annex A list 8. ${england('12,150 = 11% of children looked after during the year had a missing incident (DfE 2022, via parallelparliament.co.uk q187193; a year cohort, not a snapshot)')}`,
    details: [MISSING_DETAIL],
  },
  CHILDREN_LOOKED_AFTER,
  'coalesce(q.missing_episodes_12m >= 1, FALSE)',
  `CASE WHEN q.missing_episodes_12m IS NULL THEN 'missing episodes not recorded' ELSE CAST(q.missing_episodes_12m AS VARCHAR) || ' missing episode(s) in 12 months' END`,
);

export const claRhiOffered: Measure = claPercent(
  {
    id: 'cla_rhi_offered',
    title: 'Children looked after offered a return interview after their last missing episode',
    polarity: 'higher',
    numerator: 'Of the denominator, children with Was the child offered a Return Interview after their last missing episode = Yes.',
    denominator: 'Children looked after at D (each once, the row with the latest start) with 1 or more missing episodes in the last 12 months (as cla_missing_12m).',
    notes: ['No, Unknown, blank or unreadable answers stay in the denominator and are not a Yes.'],
    source: 'DfE statutory guidance on children who run away or go missing (2014); Ofsted Annex A list 8. No England figure.',
    details: [MISSING_DETAIL, { key: 'rhi_offered', label: 'Return interview offered' }],
  },
  CHILDREN_LOOKED_AFTER,
  isYes('q.rhi_offered'),
  `CASE WHEN q.rhi_offered = 'Yes' THEN 'return interview offered' ELSE ${shown('offered', 'q.rhi_offered')} END`,
  'q.missing_episodes_12m >= 1',
);

export const claRhiAccepted: Measure = claPercent(
  {
    id: 'cla_rhi_accepted',
    title: 'Children looked after who accepted a return interview after their last missing episode',
    polarity: 'higher',
    numerator: 'Of the denominator, children with Did the child accept a Return Interview after their last missing episode = Yes.',
    denominator: 'Children looked after at D (each once, the row with the latest start) with 1 or more missing episodes in the last 12 months who were offered a return interview (as the numerator of cla_rhi_offered).',
    notes: ['No, Unknown, blank or unreadable answers stay in the denominator and are not a Yes.'],
    source: 'DfE statutory guidance on children who run away or go missing (2014); Ofsted Annex A list 8. No England figure.',
    details: [MISSING_DETAIL, { key: 'rhi_accepted', label: 'Return interview accepted' }],
  },
  CHILDREN_LOOKED_AFTER,
  isYes('q.rhi_accepted'),
  `CASE WHEN q.rhi_accepted = 'Yes' THEN 'return interview accepted' ELSE ${shown('accepted', 'q.rhi_accepted')} END`,
  `q.missing_episodes_12m >= 1 AND q.rhi_offered = 'Yes'`,
);

export const claPermanencePlan: Measure = claPercent(
  {
    id: 'cla_permanence_plan',
    title: 'Children looked after with a permanence plan recorded',
    polarity: 'higher',
    numerator: 'Of the denominator, children whose What is the permanence plan for this child? holds a readable plan (return to family, adoption, SGO/CAO, supported living, long-term residential, long-term fostering or other).',
    notes: ['A blank value or one with no readable plan is not recorded.'],
    source: 'Ofsted Annex A list 8. No England figure.',
    details: [{ key: 'permanence_plan', label: 'Permanence plan' }],
  },
  CHILDREN_LOOKED_AFTER,
  'q.permanence_plan IS NOT NULL',
  `CASE WHEN q.permanence_plan IS NOT NULL THEN 'plan: ' || q.permanence_plan ELSE 'no readable permanence plan' END`,
);

export function extendedLookedAfter(s: Standards): Measure[] {
  return [
    claRate,
    claUascPercent,
    claStarted('month'),
    claStarted('ytd'),
    claCeased('month'),
    claCeased('ytd'),
    ...CEASED_GROUPS.map((g) => claCeasedBy(g, 'ytd')),
    claStartedSecondPeriod('ytd'),
    ...PLACEMENT_GROUPS.map(claPlaced),
    claLongTermStability,
    claVisitedInStandard(s),
    claReviewsInTimescale(s),
    claIroContact6m,
    claMissing12m,
    claRhiOffered,
    claRhiAccepted,
    claPermanencePlan,
  ];
}
