import { CIN_TABLES } from '../../model/cin-census.js';
import type { Measure } from '../measure.js';
import { sharedRelation } from '../shared-relations.js';
import { afterMonths, england } from './extended-sql.js';

/**
 * Measures of the DfE CIN Census (KPIs F04, P04, P08 from the census rather than Annex A): read
 * from the census current at D (the latest loaded on or before D) and its previous year's
 * census (the one whose collection year is one earlier), so that a referral, a plan or a
 * review early in the year can be compared with what came before it. Each is a figure for the
 * census year: 1 April to 31 March of the collection year (2025 = April 2024 to March 2025),
 * whatever D is. A child is matched across the two years by LAchildID, which the LA keeps from
 * year to year; a row with no LAchildID cannot be matched (it stays in the denominator).
 */

/** The census current at D: its collection year, its bounds, and the previous year's census (null when not loaded). */
const CIN_YEAR = sharedRelation(`SELECT a.as_at, h.extract_id, h.collection_year,
    CAST(CAST(h.collection_year - 1 AS VARCHAR) || '-04-01' AS DATE) AS year_start,
    CAST(CAST(h.collection_year AS VARCHAR) || '-03-31' AS DATE) AS year_end,
    (SELECT max(p.extract_id) FROM ${CIN_TABLES.header} p JOIN extracts pe ON pe.extract_id = p.extract_id
      WHERE pe.source = 'cin-census' AND p.collection_year = h.collection_year - 1) AS previous_extract_id
  FROM asat a JOIN ${CIN_TABLES.header} h ON h.extract_id = a.cin_census_extract_id`);

/** The standard cohort columns over a row `q` of a census table: no teams or workers in the census. */
const COLUMNS = (sheet: string) => `q.as_at, q.extract_id, '${sheet}' AS sheet, q.position AS row_number,
  coalesce(q.la_child_id, 'child ' || CAST(q.position AS VARCHAR)) AS child_id,
  CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS worker, CAST(NULL AS VARCHAR) AS worker_key`;

const txt = (expr: string) => `CAST(${expr} AS VARCHAR)`;

const SOURCE = 'DfE Children in Need Census (XML), current and previous collection year; spec/returns.md, spec/kpi-catalogue.md';

const YEAR_NOTES = [
  'Read from the CIN Census current at D (the latest loaded on or before D) for its census year (1 April to 31 March of its collection year), and from the previous year’s census when it is loaded (load it as its own extract: `csc-scorecard load cin-census LAST-YEAR.xml`). The figure changes only when a new census is loaded.',
  'Children are matched across the two censuses by LAchildID; a row with no LAchildID is counted but cannot be matched.',
  'Dates that are not dates in the file are blank in the store (and reported by the load’s XSD findings); a row whose key date is blank is left out.',
];

/** Every referral of the current and the previous census, once per child and date: what a referral looks back at. */
const ALL_REFERRALS = sharedRelation(`SELECT DISTINCT y.as_at, d.la_child_id, d.referral_date
  FROM ${CIN_YEAR} y JOIN ${CIN_TABLES.details} d ON d.extract_id = y.extract_id OR d.extract_id = y.previous_extract_id
  WHERE d.la_child_id IS NOT NULL AND d.referral_date IS NOT NULL`);

/** Referrals in the census year, each child and date once (the first in the file). */
const YEAR_REFERRALS = sharedRelation(`SELECT r.* FROM (
  SELECT y.as_at, y.year_start, y.year_end, d.*,
    row_number() OVER (PARTITION BY y.as_at, coalesce(d.la_child_id, 'row ' || CAST(d.position AS VARCHAR)), d.referral_date ORDER BY d.position, d.details_seq) AS dup_rank
  FROM ${CIN_YEAR} y JOIN ${CIN_TABLES.details} d ON d.extract_id = y.extract_id
  WHERE d.referral_date >= y.year_start AND d.referral_date <= y.year_end
) r WHERE r.dup_rank = 1`);

const rereferrals: Measure = {
  id: 'cin_rereferrals_12m',
  title: 'Re-referrals within 12 months (CIN Census, across years)',
  theme: 'front-door',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'cin-census',
  definition: {
    numerator:
      'Of the denominator, referrals of a child who had another referral 1 to 365 days before it (previous referral date ≥ referral date − 365 and < referral date), found in the same census or in the previous year’s census.',
    denominator: 'Referrals in the census year: CINdetails whose CINreferralDate is on or after 1 April and on or before 31 March of the collection year, each child and referral date once.',
    notes: [
      'Every referral counts, those with no further action included, as DfE counts referrals and re-referrals.',
      'A referral on the same day as another is the same referral (counted once), never a re-referral of it.',
      '12 months = 365 days (spec/measures-core.md); a referral 366 days after the previous one is not a re-referral.',
      'A referral early in the year is compared with the previous year’s census: without it loaded, re-referrals of children referred last year but not this year are missed (the figure is then an undercount).',
      ...YEAR_NOTES,
    ],
    source: `${SOURCE}; KPI F04. ${england('22.6% (C1, 2025); 22% (RR, 2024).')}`,
  },
  details: [
    { key: 'referral_date', label: 'Referral date' },
    { key: 'previous_referral', label: 'Previous referral within 12 months' },
  ],
  cohortSql: `SELECT ${COLUMNS('CINdetails')}, q.previous_referral IS NOT NULL AS in_numerator,
  CASE WHEN q.previous_referral IS NOT NULL THEN 're-referral: previous referral ' || ${txt('q.previous_referral')} || ', ' || ${txt('q.referral_date - q.previous_referral')} || ' days before'
    ELSE 'no referral in the 365 days before' END AS reason,
  q.referral_date, q.previous_referral
FROM (
  SELECT r.*, (SELECT max(p.referral_date) FROM ${ALL_REFERRALS} p
      WHERE p.as_at = r.as_at AND p.la_child_id = r.la_child_id AND p.referral_date < r.referral_date AND p.referral_date >= r.referral_date - 365) AS previous_referral
  FROM ${YEAR_REFERRALS} r
) q`,
};

/** CP plans of the current census with a start date, and whether the previous year's census holds the same plan (child and start date). */
const CIN_PLANS = sharedRelation(`SELECT y.as_at, y.year_start, y.year_end, y.previous_extract_id, p.*,
    EXISTS (SELECT 1 FROM ${CIN_TABLES.cpPlans} o WHERE o.extract_id = y.previous_extract_id AND o.la_child_id = p.la_child_id AND o.start_date = p.start_date) AS in_previous
  FROM ${CIN_YEAR} y JOIN ${CIN_TABLES.cpPlans} p ON p.extract_id = y.extract_id
  WHERE p.start_date IS NOT NULL`);

/** Every CP plan of the current and previous census, once per child and start date: what a plan looks back at. */
const ALL_PLANS = sharedRelation(`SELECT DISTINCT y.as_at, p.la_child_id, p.start_date
  FROM ${CIN_YEAR} y JOIN ${CIN_TABLES.cpPlans} p ON p.extract_id = y.extract_id OR p.extract_id = y.previous_extract_id
  WHERE p.la_child_id IS NOT NULL AND p.start_date IS NOT NULL`);

const secondPlans: Measure = {
  id: 'cin_cp_second_plus',
  title: 'Child protection plans started in the year that are second or subsequent (CIN Census)',
  theme: 'child-protection',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'lower',
  unit: '%',
  lists: [],
  source: 'cin-census',
  definition: {
    numerator:
      'Of the denominator, plans of a child who had a CP plan before: NumberOfPreviousCPP ≥ 1, or another plan of the same child starting earlier, in the same census or the previous year’s.',
    denominator: 'CP plans starting in the census year (CPPstartDate from 1 April to 31 March of the collection year), each child and start date once.',
    notes: [
      'Any previous plan counts, however long ago (DfE and NI 65 count second or subsequent plans “ever”); NumberOfPreviousCPP carries plans from before the censuses loaded.',
      'A plan with NumberOfPreviousCPP blank or not a number counts as a first plan unless an earlier plan is found in the censuses.',
      'Two plans of a child on the same start date are one plan.',
      ...YEAR_NOTES,
    ],
    source: `${SOURCE}; KPI P04 (CIN census D3, LG Inform 100: low is good). ${england('16.6% (brookman.co.uk on DfE, 2015).')}`,
  },
  details: [
    { key: 'start_date', label: 'Plan start' },
    { key: 'previous_plans', label: 'NumberOfPreviousCPP' },
    { key: 'earlier_plan', label: 'Earlier plan found' },
  ],
  cohortSql: `SELECT ${COLUMNS('ChildProtectionPlans')}, (coalesce(q.previous_plans, 0) >= 1 OR q.earlier_plan IS NOT NULL) AS in_numerator,
  CASE WHEN coalesce(q.previous_plans, 0) >= 1 THEN 'second or subsequent: NumberOfPreviousCPP ' || ${txt('q.previous_plans')}
    WHEN q.earlier_plan IS NOT NULL THEN 'second or subsequent: an earlier plan started ' || ${txt('q.earlier_plan')}
    ELSE 'first plan' END AS reason,
  q.start_date, q.previous_plans, q.earlier_plan
FROM (
  SELECT p.*, (SELECT max(o.start_date) FROM ${ALL_PLANS} o WHERE o.as_at = p.as_at AND o.la_child_id = p.la_child_id AND o.start_date < p.start_date) AS earlier_plan
  FROM (
    SELECT c.*, row_number() OVER (PARTITION BY c.as_at, coalesce(c.la_child_id, 'row ' || CAST(c.position AS VARCHAR)), c.start_date ORDER BY c.position, c.details_seq, c.cpp_seq) AS dup_rank
    FROM ${CIN_PLANS} c WHERE c.start_date >= c.year_start AND c.start_date <= c.year_end
  ) p WHERE p.dup_rank = 1
) q`,
};

const PLAN_KEY = (a: string, b: string) => `${a}.as_at = ${b}.as_at AND ${a}.position = ${b}.position AND ${a}.details_seq = ${b}.details_seq AND ${a}.cpp_seq = ${b}.cpp_seq`;

/**
 * Every review known of each current plan: its own CPPreviewDates, and those the previous
 * year's census holds for the same plan (child and start date). Reviews on or before the start,
 * or after the end, are not reviews of the plan (rule 8841) and are left out; each date once.
 */
const PLAN_REVIEWS = sharedRelation(`SELECT p.as_at, p.position, p.details_seq, p.cpp_seq, r.review_date
  FROM ${CIN_PLANS} p JOIN ${CIN_TABLES.cpReviews} r ON r.extract_id = p.extract_id AND r.position = p.position AND r.details_seq = p.details_seq AND r.cpp_seq = p.cpp_seq
  WHERE r.review_date > p.start_date AND (p.end_date IS NULL OR r.review_date <= p.end_date)
  UNION
  SELECT p.as_at, p.position, p.details_seq, p.cpp_seq, r.review_date
  FROM ${CIN_PLANS} p JOIN ${CIN_TABLES.cpPlans} o ON o.extract_id = p.previous_extract_id AND o.la_child_id = p.la_child_id AND o.start_date = p.start_date
  JOIN ${CIN_TABLES.cpReviews} r ON r.extract_id = o.extract_id AND r.position = o.position AND r.details_seq = o.details_seq AND r.cpp_seq = o.cpp_seq
  WHERE r.review_date > p.start_date AND (p.end_date IS NULL OR r.review_date <= p.end_date)`);

/** Reviews held in the census year, each with the event before it (the previous review, or none: the conference). */
const HELD = `SELECT p.*, r.review_date, r.previous_review FROM (
    SELECT v.*, lag(v.review_date) OVER (PARTITION BY v.as_at, v.position, v.details_seq, v.cpp_seq ORDER BY v.review_date) AS previous_review
    FROM ${PLAN_REVIEWS} v
  ) r JOIN ${CIN_PLANS} p ON ${PLAN_KEY('p', 'r')}
  WHERE r.review_date >= p.year_start AND r.review_date <= p.year_end
    AND (r.previous_review IS NOT NULL OR p.start_date >= p.year_start OR p.in_previous)`;

/** Plans open in the year, with the day the year (or the plan) ended and the last review known by then. */
const PLAN_HORIZONS = `SELECT h.*, (SELECT max(v.review_date) FROM ${PLAN_REVIEWS} v WHERE ${PLAN_KEY('v', 'h')} AND v.review_date <= h.horizon) AS last_review
  FROM (
    SELECT p.*, CASE WHEN p.end_date IS NOT NULL AND p.end_date <= p.year_end THEN p.end_date ELSE p.year_end END AS horizon
    FROM ${CIN_PLANS} p WHERE p.start_date <= p.year_end AND (p.end_date IS NULL OR p.end_date >= p.year_start)
  ) h`;

const reviewsInTimescale: Measure = {
  id: 'cin_cp_reviews_timescale',
  title: 'Child protection reviews held in timescale (CIN Census)',
  theme: 'child-protection',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'higher',
  unit: '%',
  lists: [],
  source: 'cin-census',
  definition: {
    numerator:
      'Of the denominator, reviews held in timescale: a plan’s first review on or before the day 3 months after the plan started (the initial conference), each later review on or before the day 6 months after the review before it.',
    denominator:
      'Reviews due in the census year: every CPPreviewDate from 1 April to 31 March of the collection year whose previous event is known, plus one for each plan open in the year whose next review was overdue on 31 March or on the day the plan ended in the year (due date passed, no review held by then).',
    notes: [
      'Every CPPreviewDate of a plan is read. A review’s previous event is the plan’s latest earlier review in this census or, for the same plan (child and start date), in the previous year’s; a plan’s first review follows its start. When a plan started before the census year and the previous year’s census is not loaded (or does not hold it), its first review in the year has no known previous event and is left out.',
      '3 and 6 months are calendar months: the same day of the month 3 (6) months later, or that month’s last day when it is shorter (31 August + 6 months = 28 or 29 February). A review on that day is in timescale.',
      'A late review counts once, as not in timescale, and the next review is timed from it. A plan whose review was overdue at the end of the year (or at its end) adds one row not in timescale; a plan that ended at its review conference (CPPendDate = CPPreviewDate) is not overdue.',
      'Reviews on or before the plan start, or after its end, are not reviews of that plan (rule 8841) and are left out.',
      ...YEAR_NOTES,
    ],
    source: `${SOURCE}; KPI P08 (CP procedures: first review within 3 months of the ICPC, then at most 6-monthly). ${england('94.0% (brookman.co.uk on DfE, 2015).')}`,
  },
  details: [
    { key: 'start_date', label: 'Plan start' },
    { key: 'review_date', label: 'Review held' },
    { key: 'previous_event', label: 'Previous review or plan start' },
  ],
  cohortSql: `SELECT ${COLUMNS('Reviews')}, q.in_time AS in_numerator, q.reason, q.start_date, q.review_date, q.previous_event
FROM (
  SELECT h.*, coalesce(h.previous_review, h.start_date) AS previous_event,
    CASE WHEN h.previous_review IS NULL THEN NOT ${afterMonths('h.start_date', 'h.review_date', 3)} ELSE NOT ${afterMonths('h.previous_review', 'h.review_date', 6)} END AS in_time,
    CASE WHEN h.previous_review IS NULL THEN 'first review, ' || ${txt('h.review_date - h.start_date')} || ' days after the plan started ' || ${txt('h.start_date')} || ' (due within 3 months)'
      ELSE 'review ' || ${txt('h.review_date - h.previous_review')} || ' days after the review of ' || ${txt('h.previous_review')} || ' (due within 6 months)' END AS reason
  FROM (${HELD}) h
) q
UNION ALL
SELECT ${COLUMNS('ChildProtectionPlans')}, FALSE AS in_numerator,
  'overdue: no review held by ' || ${txt('q.horizon')} || ' since ' || CASE WHEN q.last_review IS NULL THEN 'the plan started ' || ${txt('q.start_date')} || ' (due within 3 months)'
    ELSE 'the review of ' || ${txt('q.last_review')} || ' (due within 6 months)' END AS reason,
  q.start_date, CAST(NULL AS DATE) AS review_date, coalesce(q.last_review, q.start_date) AS previous_event
FROM (${PLAN_HORIZONS}) q
WHERE (q.start_date >= q.year_start OR q.in_previous OR q.last_review IS NOT NULL OR ${afterMonths('q.year_start', 'q.horizon', 6)})
  AND CASE WHEN q.last_review IS NULL THEN ${afterMonths('q.start_date', 'q.horizon', 3)} ELSE ${afterMonths('q.last_review', 'q.horizon', 6)} END`,
};

/** The CIN Census measures, appended to the catalogue. */
export function cinCensusMeasures(): Measure[] {
  return [rereferrals, secondPlans, reviewsInTimescale];
}
