import { orderRows } from '../../derive.js';
import { defineRule, rowsWhere } from '../../rule.js';

/** One allocated social worker at a time: a child's social-worker episodes do not overlap (one may start the day another ends). */
export const rule = defineRule({
  code: 'SW06STG2',
  message: "A child's social worker episodes overlap: an episode starts before the previous one has ended.",
  tables: ['SWEpisodes'],
  fields: ['SW_DECOM', 'SW_DEC'],
  years: { from: 2024 },
  check: (e) => {
    const t = e.t.SWEpisodes;
    const start = t.day('SW_DECOM');
    const end = t.day('SW_DEC');
    const { prev } = orderRows(t, 'SW_DECOM');
    return rowsWhere('SW06STG2', t, ['SW_DECOM', 'SW_DEC'], (i) => {
      const p = prev[i] as number;
      if (p < 0 || Number.isNaN(start[i] as number)) return false;
      return Number.isNaN(end[p] as number) || (start[i] as number) < (end[p] as number);
    });
  },
});
