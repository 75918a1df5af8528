import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '180',
  message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
  tables: ['OC2'],
  fields: ['SDQ_SCORE'],
  check: (e) => {
    const score = e.t.OC2.raw('SDQ_SCORE');
    return rowsWhere('180', e.t.OC2, ['SDQ_SCORE'], (i) => {
      const s = score[i];
      if (s === null || s === undefined) return false;
      const n = Number(s);
      return !/^\d+(\.0*)?$/.test(s) || n > 40;
    });
  },
});
