import { continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '185',
  message: 'Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['OC2', 'Episodes'],
  fields: ['SDQ_SCORE'],
  check: (e) => {
    const ids = e.t.OC2.text('CHILD');
    const score = e.t.OC2.raw('SDQ_SCORE');
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    return rowsWhere('185', e.t.OC2, ['SDQ_SCORE'], (i) => score[i] !== null && !cla.has(ids[i] ?? ''));
  },
});
