import { addYears, continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** SDQ1 ("under 4 or over 16") does not fit a child aged 4 at the start and not yet 17 at the end. */
export const rule = defineRule({
  code: '157',
  message:
    'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.',
  tables: ['OC2', 'Episodes'],
  fields: ['SDQ_REASON', 'DOB'],
  check: (e) => {
    const t = e.t.OC2;
    const ids = t.text('CHILD');
    const dob = t.day('DOB');
    const score = t.raw('SDQ_SCORE');
    const reason = t.text('SDQ_REASON');
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    return rowsWhere('157', t, ['SDQ_REASON', 'DOB'], (i) =>
      cla.has(ids[i] ?? '') && addYears(dob[i] as number, 4) <= e.start && addYears(dob[i] as number, 16) >= e.end && score[i] === null && reason[i] === 'SDQ1');
  },
});
