import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Every episode but a child's latest must have ended (DEC and REC): a later one has started. */
export const rule = defineRule({
  code: '142',
  message: 'A new episode has started, but the previous episode has not ended.',
  tables: ['Episodes'],
  fields: ['DEC', 'REC'],
  check: (e) => {
    const t = e.t.Episodes;
    const { next } = episodeOrder(e.cur);
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const rec = t.raw('REC');
    return rowsWhere('142', t, ['DECOM', 'DEC', 'REC'], (i) => (next[i] as number) >= 0 && !Number.isNaN(decom[i] as number) && (Number.isNaN(dec[i] as number) || rec[i] === null));
  },
});
