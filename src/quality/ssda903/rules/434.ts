import { episodeChanges } from '../changes.js';
import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '434',
  message: "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
  tables: ['Episodes'],
  fields: ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'],
  check: (e) => {
    const rne = e.t.Episodes.text('RNE');
    const { prev } = episodeOrder(e.cur);
    const changed = episodeChanges(e);
    return rowsWhere('434', e.t.Episodes, ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'], (i) => {
      const p = prev[i] as number;
      return rne[i] === 'L' && p >= 0 && (!changed.legal(i, p) || changed.placement(i, p));
    });
  },
});
