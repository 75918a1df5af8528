import { ageSql } from '../../store/sql.js';
import type { Measure } from '../measure.js';
import { rowsAt } from '../sql-fragments.js';

export const LEAVERS = rowsAt('annex_a_care_leavers', 'dob', 't.dob IS NOT NULL');

function leaverMeasure(id: string, title: string, numerator: string, inNumerator: string, reason: string, detail: { key: string; label: string }, notes: string[], source: string): Measure {
  return {
    id,
    title,
    theme: 'care-leavers',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'higher',
    unit: '%',
    lists: [9],
    definition: {
      numerator,
      denominator: 'Care leavers (list 9) aged 19, 20 or 21 at D, age from the date of birth.',
      notes: ["The file's Age column is ignored.", 'A birthday counts on the day; a 29 February birthday falls on 1 March in other years.', ...notes],
      source,
    },
    details: [{ key: 'dob', label: 'Date of birth' }, { key: 'age', label: 'Age at D' }, detail],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, lower(q.worker) AS worker_key,
  ${inNumerator} AS in_numerator, ${reason} AS reason, q.dob, q.age, q.${detail.key}
FROM (
  SELECT l.as_at, l.extract_id, l.sheet, l.row_number, l.child_id, l.team, l.worker, l.dob, l.in_touch, l.activity, l.suitability,
    ${ageSql('l.dob', 'l.as_at')} AS age
  FROM ${LEAVERS} l
) q
WHERE q.age BETWEEN 19 AND 21`,
  };
}

export const CARE_LEAVER_MEASURES: Measure[] = [
  leaverMeasure(
    'care_leavers_in_touch',
    'Care leavers aged 19–21 in touch',
    'Of the denominator, care leavers with LA in Touch = Yes.',
    `coalesce(q.in_touch = 'Yes', FALSE)`,
    `CASE WHEN q.in_touch = 'Yes' THEN 'in touch' ELSE 'in touch: ' || coalesce(q.in_touch, 'blank') END`,
    { key: 'in_touch', label: 'LA in touch' },
    ['A blank or unreadable answer is not a Yes.'],
    'SSDA903 OC3 IN_TOUCH; spec/measures-core.md',
  ),
  leaverMeasure(
    'care_leavers_eet',
    'Care leavers aged 19–21 in education, employment or training',
    'Of the denominator, care leavers whose Activity Status code starts with F or P (full or part time).',
    `coalesce(substr(q.activity, 1, 1) IN ('F', 'P'), FALSE)`,
    `CASE WHEN substr(q.activity, 1, 1) IN ('F', 'P') THEN 'in EET (' || q.activity || ')' ELSE 'activity: ' || coalesce(q.activity, 'blank') END`,
    { key: 'activity', label: 'Activity' },
    ['An activity status is its leading code (F1, P2, G5…); no readable code is not EET.'],
    'SSDA903 OC3 ACTIV; spec/measures-core.md',
  ),
  leaverMeasure(
    'care_leavers_suitable_accom',
    'Care leavers aged 19–21 in suitable accommodation',
    'Of the denominator, care leavers with Suitability of Accommodation = Suitable.',
    `coalesce(q.suitability = 'Suitable', FALSE)`,
    `CASE WHEN q.suitability = 'Suitable' THEN 'suitable' ELSE 'suitability: ' || coalesce(q.suitability, 'blank') END`,
    { key: 'suitability', label: 'Suitability' },
    ['A blank or unreadable answer is not suitable.'],
    'SSDA903 OC3 ACCOM; spec/measures-core.md',
  ),
];
