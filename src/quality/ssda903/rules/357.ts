import { episodeOrder } from '../derive.js';
import { defineRule, rowsAt } from '../rule.js';

/** A child's first episode, when it starts this year, starts a period of care (RNE S). */
export const rule = defineRule({
  code: '357',
  message:
    'If this is the first episode ever for this child, reason for new episode must be S. Check whether there is an episode immediately preceding this one, which has been left out. If not the reason for new episode code must be amended to S.',
  tables: ['Episodes'],
  fields: ['RNE', 'DECOM'],
  check: (e) => {
    const t = e.t.Episodes;
    const decom = t.day('DECOM');
    const rne = t.text('RNE');
    const rows: number[] = [];
    for (const order of episodeOrder(e.cur).byChild.values()) {
      const first = order[0] as number;
      if (!Number.isNaN(decom[first] as number) && (decom[first] as number) >= e.start && rne[first] !== 'S') rows.push(first);
    }
    return rowsAt('357', t, ['RNE', 'DECOM'], rows);
  },
});
