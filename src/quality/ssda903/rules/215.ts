import type { ReturnFinding } from '../../returns/return-rule.js';
import { anyFilled } from '../derive.js';
import { OC2_ITEMS, OC3_ITEMS } from '../oc2.js';
import { defineRule, hit } from '../rule.js';

export const rule = defineRule({
  code: '215',
  message: 'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.',
  tables: ['OC3', 'OC2'],
  fields: [...OC3_ITEMS, ...OC2_ITEMS],
  check: (e) => {
    const oc3 = e.t.OC3;
    const oc2 = e.t.OC2;
    const ids = oc3.text('CHILD');
    const oc3Filled = anyFilled(oc3, OC3_ITEMS);
    const oc2Filled = anyFilled(oc2, OC2_ITEMS);
    const oc2Rows = oc2.byChild();
    const out: ReturnFinding[] = [];
    for (let i = 0; i < oc3.length; i++) {
      if (!oc3Filled(i)) continue;
      const rows = (oc2Rows.get(ids[i] ?? '') ?? []).filter(oc2Filled);
      if (rows.length === 0) continue;
      out.push(hit('215', oc3, i, OC3_ITEMS));
      for (const r of rows) out.push(hit('215', oc2, r, OC2_ITEMS));
    }
    return out;
  },
});
