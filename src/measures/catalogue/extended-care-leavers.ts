import { ageSql } from '../../store/sql.js';
import type { Measure, MeasureDetail } from '../measure.js';
import { rowsAt } from '../sql-fragments.js';
import { LEAVERS } from './care-leavers.js';
import { codeIn, cohort, england, onePerChild, shown, withWorkerKey } from './extended-sql.js';

/**
 * Care leavers beyond the core (KPI CL1–CL4): the 17–18 age group, NEET, staying put with former
 * foster carers, and an allocated personal adviser.
 */

interface AgeBand {
  readonly from: number;
  readonly to: number;
}

const AGE_NOTES = ["Age is whole years completed on D, from the date of birth; the file's Age column is ignored.", 'A birthday counts on the day; a 29 February birthday falls on 1 March in other years.', 'A blank or unreadable date of birth leaves the row out.'];

const ageWords = (b: AgeBand): string => (b.to - b.from === 1 ? `${b.from} or ${b.to}` : `${b.from} to ${b.to}`);
const ageIdPart = (b: AgeBand): string => `${b.from}_${b.to}`;

/** Care leavers of an age band at D: list 9 rows of the extract current at D (duplicates on child and date of birth once), as the core. */
function leaversAged(b: AgeBand): string {
  return `SELECT l.*, lower(l.worker) AS worker_key, ${ageSql('l.dob', 'l.as_at')} AS age_at_d FROM ${LEAVERS} l
  WHERE ${ageSql('l.dob', 'l.as_at')} BETWEEN ${b.from} AND ${b.to}`;
}

function leaverPercent(
  id: string,
  title: string,
  band: AgeBand,
  numerator: string,
  inNumerator: string,
  reason: string,
  detail: MeasureDetail,
  notes: string[],
  source: string,
): Measure {
  const details = [{ key: 'dob', label: 'Date of birth' }, { key: 'age_at_d', label: 'Age at D' }, detail];
  return {
    id,
    title,
    theme: 'care-leavers',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'higher',
    unit: '%',
    lists: [9],
    definition: { numerator, denominator: `Care leavers (list 9) aged ${ageWords(band)} at D, age from the date of birth.`, notes: [...AGE_NOTES, ...notes], source },
    details,
    cohortSql: cohort(leaversAged(band), inNumerator, reason, details),
  };
}

const YOUNGER: AgeBand = { from: 17, to: 18 };
const OLDER: AgeBand = { from: 19, to: 21 };

export function inTouch(b: AgeBand): Measure {
  return leaverPercent(
    `care_leavers_${ageIdPart(b)}_in_touch`,
    `Care leavers aged ${b.from}–${b.to} in touch`,
    b,
    'Of the denominator, care leavers with LA in Touch = Yes.',
    `coalesce(q.in_touch = 'Yes', FALSE)`,
    `CASE WHEN q.in_touch = 'Yes' THEN 'in touch' ELSE ${shown('in touch', 'q.in_touch')} END`,
    { key: 'in_touch', label: 'LA in touch' },
    ['A blank or unreadable answer is not a Yes.'],
    'SSDA903 OC3 IN_TOUCH; Ofsted Annex A list 9. No England figure for this age group retrieved.',
  );
}

const EET = `coalesce(substr(q.activity, 1, 1) IN ('F', 'P'), FALSE)`;
const NEET_CODES = ['G4', 'G5', 'G6'];

export function eet(b: AgeBand): Measure {
  return leaverPercent(
    `care_leavers_${ageIdPart(b)}_eet`,
    `Care leavers aged ${b.from}–${b.to} in education, employment or training`,
    b,
    'Of the denominator, care leavers whose Activity Status code starts with F or P (full or part time).',
    EET,
    `CASE WHEN ${EET} THEN 'in EET (' || q.activity || ')' ELSE ${shown('activity', 'q.activity')} END`,
    { key: 'activity', label: 'Activity' },
    ['An activity status is its leading code (F1, P2, G5…); no readable code is not EET.'],
    'SSDA903 OC3 ACTIV; Ofsted Annex A list 9. No England figure for this age group retrieved.',
  );
}

export function suitable(b: AgeBand): Measure {
  return leaverPercent(
    `care_leavers_${ageIdPart(b)}_suitable_accom`,
    `Care leavers aged ${b.from}–${b.to} in suitable accommodation`,
    b,
    'Of the denominator, care leavers with Suitability of Accommodation = Suitable.',
    `coalesce(q.suitability = 'Suitable', FALSE)`,
    `CASE WHEN q.suitability = 'Suitable' THEN 'suitable' ELSE ${shown('suitability', 'q.suitability')} END`,
    { key: 'suitability', label: 'Suitability' },
    ['A blank or unreadable answer is not suitable.'],
    'SSDA903 OC3 ACCOM; Ofsted Annex A list 9. No England figure for this age group retrieved.',
  );
}

export function neet(b: AgeBand, id: string): Measure {
  return {
    ...leaverPercent(
      id,
      `Care leavers aged ${b.from}–${b.to} not in education, employment or training`,
      b,
      'Of the denominator, care leavers whose Activity Status code is G4, G5 or G6 (NEET owing to illness or disability, other reasons, pregnancy or parenting).',
      codeIn('q.activity', NEET_CODES),
      `CASE WHEN ${codeIn('q.activity', NEET_CODES)} THEN 'NEET (' || q.activity || ')' ELSE ${shown('activity', 'q.activity')} END`,
      { key: 'activity', label: 'Activity' },
      ['A blank or unreadable activity is neither EET nor NEET, so the two do not always add up to 100%.'],
      b.from === 19
        ? `SSDA903 OC3 ACTIV; Ofsted Annex A list 9. ${england('40% of care leavers aged 19–21 NEET (CYP Now on DfE, 2017)')}`
        : 'SSDA903 OC3 ACTIV; Ofsted Annex A list 9. No England figure for this age group retrieved.',
    ),
    polarity: 'lower',
  };
}

export const formerFosterCarers: Measure = leaverPercent(
  'care_leavers_former_foster_carers',
  'Care leavers aged 18–20 living with former foster carers',
  { from: 18, to: 20 },
  'Of the denominator, care leavers whose Type of Accommodation code is Z (with former foster carers: "staying put").',
  codeIn('q.accommodation', ['Z']),
  `CASE WHEN q.accommodation = 'Z' THEN 'with former foster carers' ELSE ${shown('accommodation', 'q.accommodation')} END`,
  { key: 'accommodation', label: 'Type of accommodation' },
  ['The accommodation is matched on its code (`Z`, `z) Z: With former foster carers`); a blank or unreadable value is not Z.'],
  'SSDA903 OC3 ACCOM (staying put); Ofsted Annex A list 9. No England figure retrieved.',
);

const PA_DETAILS: MeasureDetail[] = [{ key: 'eligibility', label: 'Eligibility' }];

export const withPersonalAdviser: Measure = {
  id: 'care_leavers_with_pa',
  title: 'Care leavers with an allocated worker or personal adviser',
  theme: 'care-leavers',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'higher',
  unit: '%',
  lists: [9],
  definition: {
    numerator: 'Of the denominator, care leavers with a non-blank Allocated Worker (in list 9 the worker is normally the personal adviser).',
    denominator: 'Care leavers in list 9 of the extract current at D, each child once (the first row in the file), whatever their age.',
    notes: ['#N/A and other Excel error values are blank; worker names are not checked against a list of personal advisers.'],
    source: 'Children (Leaving Care) Act 2000 (a personal adviser for every care leaver); Ofsted Annex A list 9 [W] columns. No England figure.',
  },
  details: PA_DETAILS,
  cohortSql: cohort(
    onePerChild(withWorkerKey(rowsAt('annex_a_care_leavers', 'dob'), 'k'), 'r.sheet'),
    'q.worker IS NOT NULL',
    `CASE WHEN q.worker IS NOT NULL THEN 'allocated to ' || q.worker ELSE 'no allocated worker' END`,
    PA_DETAILS,
  ),
};

export function extendedCareLeavers(): Measure[] {
  return [inTouch(YOUNGER), eet(YOUNGER), suitable(YOUNGER), neet(OLDER, 'care_leavers_neet'), neet(YOUNGER, 'care_leavers_17_18_neet'), formerFosterCarers, withPersonalAdviser];
}
