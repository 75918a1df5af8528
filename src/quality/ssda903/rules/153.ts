import { OC3_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '153',
  message: "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
  tables: ['OC3'],
  fields: OC3_ITEMS,
  check: (e) => {
    const cols = OC3_ITEMS.map((f) => e.t.OC3.raw(f));
    return rowsWhere('153', e.t.OC3, OC3_ITEMS, (i) => {
      const n = cols.filter((c) => c[i] !== null).length;
      return n > 0 && n < cols.length;
    });
  },
});
