import type { Measure } from '../measure.js';
import { type FlowPeriod, flowRowsAt, showDate } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';

const contacts = (p: FlowPeriod) => flowRowsAt('annex_a_contacts', 'contact_date', p);
const referrals = (p: FlowPeriod) => flowRowsAt('annex_a_referrals', 'referral_date', p);

/** Referrals in the period: the denominator of the referral percentages. */
export function referralsInPeriod(p: FlowPeriod, inNumerator: string, reason: string): string {
  return `SELECT r.as_at, r.extract_id, r.sheet, r.row_number, r.child_id, r.team, r.worker, lower(r.worker) AS worker_key,
  ${inNumerator} AS in_numerator, ${reason} AS reason, r.referral_date, r.referral_source, r.referral_nfa, r.referrals_last_12m
FROM ${referrals(p)} r`;
}

/** Latest other referral of the same child dated 1–365 days before this one, in the same extract. */
const PREVIOUS_REFERRAL = `(SELECT max(p.referral_date) FROM annex_a_referrals p
  WHERE p.extract_id = r.extract_id AND p.child_id = r.child_id
    AND p.referral_date < r.referral_date AND p.referral_date >= r.referral_date - 365)`;

export function contactsIn(p: FlowPeriod): Measure {
  return {
    id: variantId('contacts', p, 'contacts_month'),
    title: variantTitle(p === 'month' ? 'Contacts in the month' : 'Contacts', p),
    theme: 'front-door',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'contacts',
    lists: [1],
    definition: {
      numerator: inPeriod('Contacts (list 1 rows) whose Date of Contact is in the reporting month (1st of the month to D).', p),
      denominator: null,
      notes: ['Rows with the same child and the same Date of Contact count once.', 'A contact with an unreadable date is left out and reported.'],
      source: 'Ofsted Annex A list 1; spec/measures-core.md',
    },
    details: [
      { key: 'contact_date', label: 'Date of contact' },
      { key: 'contact_source', label: 'Contact source' },
    ],
    cohortSql: `SELECT c.as_at, c.extract_id, c.sheet, c.row_number, c.child_id, CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS worker,
  CAST(NULL AS VARCHAR) AS worker_key, TRUE AS in_numerator, 'contact on ' || CAST(c.contact_date AS VARCHAR) AS reason,
  c.contact_date, c.contact_source
FROM ${contacts(p)} c`,
  };
}

export function referralsIn(p: FlowPeriod): Measure {
  return {
    id: variantId('referrals', p, 'referrals_month'),
    title: variantTitle(p === 'month' ? 'Referrals in the month' : 'Referrals', p),
    theme: 'front-door',
    kind: 'count',
    period: p,
    polarity: 'context',
    unit: 'referrals',
    lists: [3],
    definition: {
      numerator: inPeriod('Referrals (list 3 rows) whose Date of Referral is in the reporting month.', p),
      denominator: null,
      notes: ['Rows with the same child and the same referral date count once.'],
      source: 'Ofsted Annex A list 3; spec/measures-core.md',
    },
    details: [
      { key: 'referral_date', label: 'Date of referral' },
      { key: 'referral_source', label: 'Referral source' },
    ],
    cohortSql: referralsInPeriod(p, 'TRUE', `'referral on ' || CAST(r.referral_date AS VARCHAR)`),
  };
}

export function rereferrals(p: FlowPeriod): Measure {
  return {
    id: variantId('rereferrals_12m', p),
    title: variantTitle('Re-referrals within 12 months', p),
    theme: 'front-door',
    kind: 'percent',
    period: p,
    polarity: 'lower',
    unit: '%',
    lists: [3],
    definition: {
      numerator:
        'Of the denominator, referrals where Number of Referrals in Last 12 Months ≥ 1 (the column counts referrals before this one), or the list holds another referral for the same child dated 1–365 days before it.',
      denominator: inPeriod('Referrals in the reporting month.', p),
      notes: [
        'A same-day duplicate is never a re-referral.',
        'Either route is enough: the count column or an earlier row in the list (of the same extract).',
      ],
      source: 'DfE children in need re-referral definition; spec/measures-core.md',
    },
    details: [
      { key: 'referral_date', label: 'Date of referral' },
      { key: 'referrals_last_12m', label: 'Referrals in last 12 months (column)' },
      { key: 'previous_referral', label: 'Earlier referral in the list' },
    ],
    cohortSql: `SELECT * FROM (
  SELECT q.*, (coalesce(q.referrals_last_12m, 0) >= 1 OR q.previous_referral IS NOT NULL) AS in_numerator,
    CASE WHEN q.previous_referral IS NOT NULL THEN 'earlier referral on ' || CAST(q.previous_referral AS VARCHAR)
         WHEN coalesce(q.referrals_last_12m, 0) >= 1 THEN CAST(q.referrals_last_12m AS VARCHAR) || ' referral(s) in the previous 12 months recorded'
         ELSE 'no referral in the previous 12 months' END AS reason
  FROM (
    SELECT r.as_at, r.extract_id, r.sheet, r.row_number, r.child_id, r.team, r.worker, lower(r.worker) AS worker_key,
      r.referral_date, r.referrals_last_12m, ${PREVIOUS_REFERRAL} AS previous_referral
    FROM ${referrals(p)} r
  ) q
) z`,
  };
}

export function referralsNfa(p: FlowPeriod): Measure {
  return {
    id: variantId('referrals_nfa', p),
    title: variantTitle('Referrals with no further action', p),
    theme: 'front-door',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [3],
    definition: {
      numerator: 'Of the denominator, referrals with Referral NFA? = Yes.',
      denominator: inPeriod('Referrals in the reporting month.', p),
      notes: ['A value with no readable Yes/No stays in the denominator and is not a Yes.'],
      source: 'CIN census ReferralNFA; Ofsted Annex A list 3; spec/measures-core.md',
    },
    details: [
      { key: 'referral_date', label: 'Date of referral' },
      { key: 'referral_nfa', label: 'Referral NFA?' },
    ],
    cohortSql: referralsInPeriod(
      p,
      `coalesce(r.referral_nfa = 'Yes', FALSE)`,
      `CASE WHEN r.referral_nfa = 'Yes' THEN 'no further action' ELSE 'NFA? is ' || ${showDate('r.referral_nfa')} END`,
    ),
  };
}

export const FRONT_DOOR_MEASURES: Measure[] = [contactsIn('month'), referralsIn('month'), rereferrals('month'), referralsNfa('month')];
