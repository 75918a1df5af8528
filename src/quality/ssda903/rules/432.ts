import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '432',
  message: 'The child ceased to be looked after at the end of the previous episode, but the reason for the new episode is not started to be looked after.',
  tables: ['Episodes'],
  fields: ['RNE'],
  check: (e) => {
    const t = e.t.Episodes;
    const rne = t.text('RNE');
    const rec = t.text('REC');
    const { prev } = episodeOrder(e.cur);
    return rowsWhere('432', t, ['RNE'], (i) => {
      const p = prev[i] as number;
      return p >= 0 && rec[p] !== null && rec[p] !== 'X1' && rne[i] !== 'S';
    });
  },
});
