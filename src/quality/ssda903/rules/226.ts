import { CODES } from '../../../model/ssda903.js';
import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A move to or from a temporary placement is not a placement change: neither it nor the episode before gives a reason. */
export const rule = defineRule({
  code: '226',
  message: 'Reason for placement change is not required.',
  tables: ['Episodes'],
  fields: ['REASON_PLACE_CHANGE', 'PLACE'],
  check: (e) => {
    const t = e.t.Episodes;
    const place = t.text('PLACE');
    const reason = t.raw('REASON_PLACE_CHANGE');
    const { prev } = episodeOrder(e.cur);
    return rowsWhere('226', t, ['REASON_PLACE_CHANGE', 'PLACE'], (i) => {
      if (!CODES.temporary.has(place[i] ?? '')) return false;
      const p = prev[i] as number;
      return reason[i] !== null || (p >= 0 && reason[p] !== null);
    });
  },
});
