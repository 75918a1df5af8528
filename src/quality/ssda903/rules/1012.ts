import type { Ssda903Table } from '../../../model/ssda903.js';
import type { ReturnFinding } from '../../returns/return-rule.js';
import { anyFilled } from '../derive.js';
import { OC3_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

const OTHER: readonly Ssda903Table[] = ['OC2', 'AD1', 'PlacedAdoption', 'Reviews', 'Missing', 'PrevPerm'];

/** A care leaver not looked after this year (OC3 data, no episodes) appears in no table but Header, OC3 and UASC (1014). */
export const rule = defineRule({
  code: '1012',
  message: 'No other data should be returned for OC3 children who had no episodes in the current year.',
  tables: ['OC3', 'Episodes', ...OTHER],
  fields: ['CHILD'],
  check: (e) => {
    const oc3 = e.t.OC3;
    const filled = anyFilled(oc3, OC3_ITEMS);
    const leavers = new Set<string>();
    const episodes = e.t.Episodes.byChild();
    for (const [child, rows] of oc3.byChild()) if (rows.some(filled) && !episodes.has(child)) leavers.add(child);
    const out: ReturnFinding[] = [];
    for (const name of OTHER) {
      const t = e.t[name];
      const ids = t.text('CHILD');
      out.push(...rowsWhere('1012', t, ['CHILD'], (i) => leavers.has(ids[i] ?? '')));
    }
    return out;
  },
});
