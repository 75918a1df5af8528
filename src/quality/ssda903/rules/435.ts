import { episodeChanges } from '../changes.js';
import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** P (new carers) and T (same carers) change only the placement; P must show a change in it. */
export const rule = defineRule({
  code: '435',
  message: "Reason for new episode is that child's placement has changed but not the legal status, but this is not reflected in the episode data.",
  tables: ['Episodes'],
  fields: ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'],
  check: (e) => {
    const rne = e.t.Episodes.text('RNE');
    const { prev } = episodeOrder(e.cur);
    const changed = episodeChanges(e);
    return rowsWhere('435', e.t.Episodes, ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'], (i) => {
      const p = prev[i] as number;
      if (p < 0 || (rne[i] !== 'P' && rne[i] !== 'T')) return false;
      return changed.legal(i, p) || (rne[i] === 'P' && !changed.placement(i, p));
    });
  },
});
