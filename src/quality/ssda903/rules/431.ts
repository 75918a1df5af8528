import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '431',
  message: 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
  tables: ['Episodes'],
  fields: ['RNE', 'DECOM'],
  check: (e) => {
    const t = e.t.Episodes;
    const rne = t.text('RNE');
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const { prev } = episodeOrder(e.cur);
    return rowsWhere('431', t, ['RNE', 'DECOM'], (i) => rne[i] === 'S' && (prev[i] as number) >= 0 && dec[prev[i] as number] === decom[i]);
  },
});
