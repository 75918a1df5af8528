import type { ReturnFinding } from '../../returns/return-rule.js';
import { allFilled, continuouslyLookedAfter, episodeOrder } from '../derive.js';
import { OC2_CORE } from '../oc2.js';
import { defineRule, hit, rowsWhere } from '../rule.js';

/** A child looked after for 12 months has the four core OC2 items; one with no OC2 row at all is reported on their first episode. */
export const rule = defineRule({
  code: '191',
  message: 'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.',
  tables: ['OC2', 'Episodes'],
  fields: OC2_CORE,
  check: (e) => {
    const oc2 = e.t.OC2;
    const ids = oc2.text('CHILD');
    const core = allFilled(oc2, OC2_CORE);
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    const out: ReturnFinding[] = rowsWhere('191', oc2, OC2_CORE, (i) => cla.has(ids[i] ?? '') && !core(i));
    const withOc2 = oc2.byChild();
    for (const [child, rows] of episodeOrder(e.cur).byChild) {
      if (cla.has(child) && !withOc2.has(child)) out.push(hit('191', e.t.Episodes, rows[0] as number, ['CHILD']));
    }
    return out;
  },
});
