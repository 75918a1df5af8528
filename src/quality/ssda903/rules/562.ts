import { episodeOrder } from '../derive.js';
import { lastYear } from '../previous.js';
import { defineRule, rowsAt } from '../rule.js';

/** An episode that began before this year is in last year's return too (with the same start date). */
export const rule = defineRule({
  code: '562',
  message: 'Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  previousYear: true,
  check: (e) => {
    const prev = lastYear(e).tables.Episodes;
    const pids = prev.text('CHILD');
    const pDecom = prev.day('DECOM');
    const known = new Set<string>();
    for (let i = 0; i < prev.length; i++) known.add(`${pids[i]}|${pDecom[i]}`);
    const t = e.t.Episodes;
    const decom = t.day('DECOM');
    const rows: number[] = [];
    for (const [child, order] of episodeOrder(e.cur).byChild) {
      const first = order[0] as number;
      const d = decom[first] as number;
      if (d < e.start && episodeOrder(lastYear(e)).byChild.has(child) && !known.has(`${child}|${d}`)) rows.push(first);
    }
    return rowsAt('562', t, ['DECOM'], rows);
  },
});
