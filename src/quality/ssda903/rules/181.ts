import { CODES } from '../../../model/ssda903.js';
import { OC2_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '181',
  message: 'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.',
  tables: ['OC2'],
  fields: OC2_ITEMS,
  check: (e) => {
    const cols = OC2_ITEMS.map((f) => e.t.OC2.text(f));
    return rowsWhere('181', e.t.OC2, OC2_ITEMS, (i) => cols.some((c) => c[i] !== null && !CODES.zeroOne.has(c[i] as string)));
  },
});
