import { anyFilled, continuouslyLookedAfter } from '../derive.js';
import { OC2_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '190',
  message: 'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.',
  tables: ['OC2', 'Episodes'],
  fields: OC2_ITEMS,
  check: (e) => {
    const ids = e.t.OC2.text('CHILD');
    const filled = anyFilled(e.t.OC2, OC2_ITEMS);
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    return rowsWhere('190', e.t.OC2, OC2_ITEMS, (i) => !cla.has(ids[i] ?? '') && filled(i));
  },
});
