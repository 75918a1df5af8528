import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '189',
  message: 'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['OC2'],
  fields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
  check: (e) => {
    const t = e.t.OC2;
    const dob = t.day('DOB');
    const score = t.raw('SDQ_SCORE');
    const reason = t.raw('SDQ_REASON');
    return rowsWhere('189', t, ['DOB', 'SDQ_SCORE', 'SDQ_REASON'], (i) => addYears(dob[i] as number, 17) <= e.start && (score[i] !== null || reason[i] !== null));
  },
});
