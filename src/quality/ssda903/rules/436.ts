import { episodeChanges } from '../changes.js';
import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** U (new carers) and B (same carers) change both; the legal status must differ, and for U the placement too. */
export const rule = defineRule({
  code: '436',
  message: "Reason for new episode is that both child's placement and legal status have changed, but this is not reflected in the episode data.",
  tables: ['Episodes'],
  fields: ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'],
  check: (e) => {
    const rne = e.t.Episodes.text('RNE');
    const { prev } = episodeOrder(e.cur);
    const changed = episodeChanges(e);
    return rowsWhere('436', e.t.Episodes, ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'], (i) => {
      const p = prev[i] as number;
      if (p < 0 || (rne[i] !== 'U' && rne[i] !== 'B')) return false;
      return !changed.legal(i, p) || (rne[i] === 'U' && !changed.placement(i, p));
    });
  },
});
