import type { ReturnFinding } from '../../returns/return-rule.js';
import { episodeOrder } from '../derive.js';
import { defineRule, hit } from '../rule.js';

/** A decision that the child should no longer be placed is made this year, while looked after (short breaks aside). */
export const rule = defineRule({
  code: '118',
  message: 'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED_CEASED', 'DECOM', 'LS'],
  check: (e) => {
    const pa = e.t.PlacedAdoption;
    const ids = pa.text('CHILD');
    const ceased = pa.day('DATE_PLACED_CEASED');
    const ep = e.t.Episodes;
    const ls = ep.text('LS');
    const decom = ep.day('DECOM');
    const order = episodeOrder(e.cur).byChild;
    const out: ReturnFinding[] = [];
    for (let i = 0; i < pa.length; i++) {
      const c = ceased[i] as number;
      if (Number.isNaN(c)) continue;
      const first = (order.get(ids[i] ?? '') ?? []).find((k) => ls[k] !== 'V3' && ls[k] !== 'V4' && !Number.isNaN(decom[k] as number));
      if (c < e.start || (first !== undefined && c < (decom[first] as number))) out.push(hit('118', pa, i, ['DATE_PLACED_CEASED']));
    }
    return out;
  },
});
