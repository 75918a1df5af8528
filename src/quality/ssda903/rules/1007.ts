import { anyFilled, latestEpisode } from '../derive.js';
import { OC3_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '1007',
  message: 'Care leaver information is not required for 17- or 18-year olds who are still looked after.',
  tables: ['OC3', 'Episodes'],
  fields: OC3_ITEMS,
  check: (e) => {
    const t = e.t.OC3;
    const ids = t.text('CHILD');
    const filled = anyFilled(t, OC3_ITEMS);
    const dec = e.t.Episodes.raw('DEC');
    return rowsWhere('1007', t, OC3_ITEMS, (i) => {
      if (!filled(i)) return false;
      const last = latestEpisode(e.cur, ids[i] ?? '');
      return last !== undefined && dec[last] === null;
    });
  },
});
