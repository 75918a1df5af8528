import { anyFilled, latestEpisode } from '../derive.js';
import { OC3_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Adoption, special guardianship and child arrangements orders end care for good: such a child is no care leaver. */
const PERMANENT = new Set(['E11', 'E12', 'E41', 'E45', 'E46', 'E47', 'E48']);

export const rule = defineRule({
  code: '1011',
  message: 'This child is recorded as having his/her care ended following adoption, special guardianship order or child arrangements order. Care leaver information should not be returned.',
  tables: ['OC3', 'Episodes'],
  fields: OC3_ITEMS,
  check: (e) => {
    const t = e.t.OC3;
    const ids = t.text('CHILD');
    const filled = anyFilled(t, OC3_ITEMS);
    const rec = e.t.Episodes.text('REC');
    return rowsWhere('1011', t, OC3_ITEMS, (i) => {
      if (!filled(i)) return false;
      const last = latestEpisode(e.cur, ids[i] ?? '');
      return last !== undefined && PERMANENT.has(rec[last] ?? '');
    });
  },
});
