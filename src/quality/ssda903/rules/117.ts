import type { ReturnFinding } from '../../returns/return-rule.js';
import { episodeOrder } from '../derive.js';
import { defineRule, hit } from '../rule.js';

/**
 * Decisions about adoption are made while the child is looked after and within the year: not
 * after 31 March, nor after the end of the child's latest episode (continuations, X1, aside).
 */
export const rule = defineRule({
  code: '117',
  message: 'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'DEC', 'REC'],
  check: (e) => {
    const pa = e.t.PlacedAdoption;
    const ids = pa.text('CHILD');
    const placed = pa.day('DATE_PLACED');
    const ceased = pa.day('DATE_PLACED_CEASED');
    const ep = e.t.Episodes;
    const rec = ep.text('REC');
    const dec = ep.day('DEC');
    const decom = ep.day('DECOM');
    const order = episodeOrder(e.cur).byChild;
    const out: ReturnFinding[] = [];
    for (let i = 0; i < pa.length; i++) {
      const rows = (order.get(ids[i] ?? '') ?? []).filter((k) => rec[k] !== 'X1' && !Number.isNaN(decom[k] as number));
      const last = rows[rows.length - 1];
      const limit = last === undefined ? e.end : Math.min(e.end, Number.isNaN(dec[last] as number) ? e.end : (dec[last] as number));
      if ((placed[i] as number) > limit || (ceased[i] as number) > limit) {
        out.push(hit('117', pa, i, ['DATE_PLACED', 'DATE_PLACED_CEASED']));
        // The episode whose end the decision came after (none when the child is still looked after).
        if (last !== undefined && !Number.isNaN(dec[last] as number)) out.push(hit('117', ep, last, ['DEC', 'REC']));
      }
    }
    return out;
  },
});
