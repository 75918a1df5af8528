import type { ReturnFinding } from '../../returns/return-rule.js';
import { episodeOrder } from '../derive.js';
import { defineRule, hit } from '../rule.js';

/** The decision is made during the latest period of care: on or after its start (the last RNE S episode). */
export const rule = defineRule({
  code: '334',
  message: 'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.',
  tables: ['AD1', 'Episodes'],
  fields: ['DATE_INT', 'DECOM', 'RNE'],
  check: (e) => {
    const ep = e.t.Episodes;
    const rne = ep.text('RNE');
    const decom = ep.day('DECOM');
    const order = episodeOrder(e.cur).byChild;
    const t = e.t.AD1;
    const ids = t.text('CHILD');
    const int = t.day('DATE_INT');
    const out: ReturnFinding[] = [];
    for (let i = 0; i < t.length; i++) {
      const starts = (order.get(ids[i] ?? '') ?? []).filter((k) => rne[k] === 'S' && !Number.isNaN(decom[k] as number));
      const latest = starts[starts.length - 1];
      if (latest !== undefined && (int[i] as number) < (decom[latest] as number)) {
        out.push(hit('334', ep, latest, ['DECOM', 'RNE']), hit('334', t, i, ['DATE_INT']));
      }
    }
    return out;
  },
});
