import { continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '198',
  message: 'Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['OC2', 'Episodes'],
  fields: ['SDQ_REASON'],
  check: (e) => {
    const ids = e.t.OC2.text('CHILD');
    const reason = e.t.OC2.raw('SDQ_REASON');
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    return rowsWhere('198', e.t.OC2, ['SDQ_REASON'], (i) => reason[i] !== null && !cla.has(ids[i] ?? ''));
  },
});
