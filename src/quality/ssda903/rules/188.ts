import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '188',
  message: 'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.',
  tables: ['OC2'],
  fields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
  check: (e) => {
    const t = e.t.OC2;
    const dob = t.day('DOB');
    const score = t.raw('SDQ_SCORE');
    const reason = t.raw('SDQ_REASON');
    return rowsWhere('188', t, ['DOB', 'SDQ_SCORE', 'SDQ_REASON'], (i) => addYears(dob[i] as number, 4) > e.end && (score[i] !== null || reason[i] !== null));
  },
});
