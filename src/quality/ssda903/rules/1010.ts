import { anyFilled, episodeOrder } from '../derive.js';
import { OC3_ITEMS } from '../oc2.js';
import { lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '1010',
  message: 'This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.',
  tables: ['OC3', 'Episodes'],
  fields: OC3_ITEMS,
  previousYear: true,
  check: (e) => {
    const prev = lastYear(e);
    const pDec = prev.tables.Episodes.raw('DEC');
    const open = new Set<string>();
    for (const [child, order] of episodeOrder(prev).byChild) if (pDec[order[order.length - 1] as number] === null) open.add(child);
    const episodes = e.t.Episodes.byChild();
    const t = e.t.OC3;
    const ids = t.text('CHILD');
    const filled = anyFilled(t, OC3_ITEMS);
    return rowsWhere('1010', t, OC3_ITEMS, (i) => filled(i) && open.has(ids[i] ?? '') && !episodes.has(ids[i] ?? ''));
  },
});
