import type { Measure } from '../measure.js';
import type { FlowPeriod } from '../sql-fragments.js';
import { inPeriod, variantId, variantTitle } from '../variants.js';
import { authorisedIn } from './assessment.js';
import { cohort, england, shown } from './extended-sql.js';
import { contactsIn, referralsIn, referralsInPeriod } from './front-door.js';

/**
 * Front door beyond the core: the referral rate, referrals by source and assessments that
 * concluded the child needs no social care support (KPI catalogue F03, F06, F08).
 */

const REFERRAL_DETAILS = [
  { key: 'referral_date', label: 'Date of referral' },
  { key: 'referral_source', label: 'Referral source' },
];

export function referralRate(p: FlowPeriod): Measure {
  return {
    id: variantId('referrals_rate', p),
    title: variantTitle('Referrals per 10,000 children', p),
    theme: 'front-door',
    kind: 'rate',
    period: p,
    polarity: 'context',
    unit: 'per 10,000 children',
    lists: [3],
    definition: {
      numerator: inPeriod('Referrals (list 3 rows) whose Date of Referral is in the reporting month, × 10,000.', p),
      denominator: 'The configured population of children aged 0–17 (ONS mid-year estimate for the year of D).',
      notes: ['Rows with the same child and the same referral date count once; an unreadable referral date is left out.', 'No population configured: the rate is null.'],
      source: `DfE CIN census (C1); Ofsted Annex A list 3. ${england('632,830 referrals (C1, 2025); rate 537.7 per 10,000 (LAIT, 2021/22)')}`,
    },
    details: REFERRAL_DETAILS,
    cohortSql: referralsInPeriod(p, 'TRUE', `'referral on ' || CAST(r.referral_date AS VARCHAR)`),
  };
}

interface SourceGroup {
  readonly key: string;
  readonly name: string;
  readonly codes: readonly string[];
  readonly codeText: string;
  readonly england?: string;
}

const SOURCE_GROUPS: readonly SourceGroup[] = [
  { key: 'police', name: 'the police', codes: ['6'], codeText: '6 (police)', england: '28% (socialworktoday.co.uk on DfE, 2025)' },
  { key: 'schools', name: 'schools', codes: ['2A'], codeText: '2A (schools)', england: '21% (socialworktoday.co.uk on DfE, 2025)' },
  {
    key: 'health',
    name: 'health services',
    codes: ['3A', '3B', '3C', '3D', '3E', '3F'],
    codeText: '3A–3F (GP, health visitor, school nurse, other primary health, A&E, other health)',
  },
];

export function referralsFromSource(g: SourceGroup, p: FlowPeriod): Measure {
  const list = g.codes.map((c) => `'${c}'`).join(', ');
  return {
    id: variantId(`referrals_source_${g.key}`, p),
    title: variantTitle(`Referrals from ${g.name}`, p),
    theme: 'front-door',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [3],
    definition: {
      numerator: `Of the denominator, referrals whose Referral Source code is ${g.codeText}.`,
      denominator: inPeriod('Referrals in the reporting month.', p),
      notes: [
        'The source is matched on its code, whatever the form (`q) 6: Police`, `6`); a value with no readable code (blank, `Police` alone) stays in the denominator and is in no group.',
        'Rows with the same child and the same referral date count once (the first row in the file gives the source).',
      ],
      source: `DfE CIN census ReferralSource; Ofsted Annex A list 3.${g.england ? ` ${england(g.england)}` : ''}`,
    },
    details: REFERRAL_DETAILS,
    cohortSql: referralsInPeriod(
      p,
      `coalesce(r.referral_source IN (${list}), FALSE)`,
      `CASE WHEN r.referral_source IN (${list}) THEN 'source ' || r.referral_source || ': ${g.name}' ELSE ${shown('source', 'r.referral_source')} END`,
    ),
  };
}

export function assessmentsNoSupport(p: FlowPeriod): Measure {
  const details = [
    { key: 'assessment_authorised', label: 'Authorised' },
    { key: 'requires_support', label: 'Requires support' },
  ];
  return {
    id: variantId('assessments_no_support', p),
    title: variantTitle('Assessments concluding the child needs no social care support', p),
    theme: 'front-door',
    kind: 'percent',
    period: p,
    polarity: 'context',
    unit: '%',
    lists: [4],
    definition: {
      numerator: "Of the denominator, assessments with Was the child assessed as requiring LA children's social care support? = No.",
      denominator: inPeriod('Assessments (list 4 rows) whose Date of Authorisation is in the reporting month.', p),
      notes: [
        'Annex A does not link an assessment to its referral, so this counts assessments, not referrals (the DfE figure counts referrals).',
        'Yes, Unknown, blank or unreadable answers stay in the denominator and are not a No.',
        'Rows with the same child and the same authorisation date count once.',
      ],
      source: `DfE C1 "assessed as not in need"; Ofsted Annex A list 4. ${england('30.8% of referrals (C1, 2025)')}`,
    },
    details,
    cohortSql: cohort(
      authorisedIn(p),
      `coalesce(q.requires_support = 'No', FALSE)`,
      `CASE WHEN q.requires_support = 'No' THEN 'assessed as not requiring support' ELSE ${shown('requires support', 'q.requires_support')} END`,
      details,
    ),
  };
}

export function extendedFrontDoor(): Measure[] {
  return [
    contactsIn('rolling12'),
    referralsIn('rolling12'),
    referralRate('ytd'),
    ...SOURCE_GROUPS.map((g) => referralsFromSource(g, 'ytd')),
    assessmentsNoSupport('month'),
    assessmentsNoSupport('ytd'),
  ];
}
