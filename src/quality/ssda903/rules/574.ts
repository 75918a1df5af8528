import { orderRows } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** In start order, each missing period starts after the previous one ended (an open one ends nothing). */
export const rule = defineRule({
  code: '574',
  message:
    'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
  tables: ['Missing'],
  fields: ['MIS_START', 'MIS_END'],
  check: (e) => {
    const t = e.t.Missing;
    const start = t.day('MIS_START');
    const end = t.day('MIS_END');
    const { prev } = orderRows(t, 'MIS_START');
    return rowsWhere('574', t, ['MIS_START', 'MIS_END'], (i) => {
      const p = prev[i] as number;
      if (p < 0 || Number.isNaN(start[i] as number)) return false;
      return Number.isNaN(end[p] as number) || (start[i] as number) < (end[p] as number);
    });
  },
});
