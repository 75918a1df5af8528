import { episodeOrder } from '../derive.js';
import { lastYear } from '../previous.js';
import { defineRule, rowsAt } from '../rule.js';

/** Last year's open episode carries over: this year's record starts with it (the same DECOM). */
export const rule = defineRule({
  code: '502',
  message: "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year's record.",
  tables: ['Episodes'],
  fields: ['DECOM'],
  previousYear: true,
  check: (e) => {
    const prev = lastYear(e);
    const pt = prev.tables.Episodes;
    const pDec = pt.raw('DEC');
    const pDecom = pt.day('DECOM');
    const t = e.t.Episodes;
    const decom = t.day('DECOM');
    const current = episodeOrder(e.cur).byChild;
    const rows: number[] = [];
    for (const [child, order] of episodeOrder(prev).byChild) {
      const open = order[order.length - 1] as number;
      if (pDec[open] !== null) continue;
      const first = current.get(child)?.[0];
      if (first !== undefined && decom[first] !== pDecom[open]) rows.push(first);
    }
    return rowsAt('502', t, ['DECOM'], rows);
  },
});
