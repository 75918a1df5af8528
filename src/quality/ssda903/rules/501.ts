import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '501',
  message: 'A new episode has started before the end date of the previous episode.',
  tables: ['Episodes'],
  fields: ['DECOM', 'DEC'],
  check: (e) => {
    const t = e.t.Episodes;
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const { prev } = episodeOrder(e.cur);
    return rowsWhere('501', t, ['DECOM', 'DEC'], (i) => {
      const p = prev[i] as number;
      return p >= 0 && (decom[i] as number) < (dec[p] as number);
    });
  },
});
