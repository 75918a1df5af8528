import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '197a',
  message: 'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.',
  tables: ['OC2'],
  fields: ['SDQ_SCORE', 'SDQ_REASON'],
  check: (e) => {
    const score = e.t.OC2.raw('SDQ_SCORE');
    const reason = e.t.OC2.raw('SDQ_REASON');
    return rowsWhere('197a', e.t.OC2, ['SDQ_SCORE', 'SDQ_REASON'], (i) => score[i] !== null && reason[i] !== null);
  },
});
