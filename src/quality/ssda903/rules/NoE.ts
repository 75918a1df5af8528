import { episodeOrder } from '../derive.js';
import { lastYear } from '../previous.js';
import { defineRule, rowsAt } from '../rule.js';

export const rule = defineRule({
  code: 'NoE',
  message: 'This child has no episodes loaded for previous year even though child started to be looked after before this current year.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  previousYear: true,
  check: (e) => {
    const before = lastYear(e).tables.Episodes.byChild();
    const decom = e.t.Episodes.day('DECOM');
    const rows: number[] = [];
    for (const [child, order] of episodeOrder(e.cur).byChild) {
      const first = order[0] as number;
      if ((decom[first] as number) < e.start && !before.has(child)) rows.push(first);
    }
    return rowsAt('NoE', e.t.Episodes, ['DECOM'], rows);
  },
});
