import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

const CONTINUATION = new Set(['P', 'L', 'T', 'U', 'B']);

export const rule = defineRule({
  code: '433',
  message: 'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.',
  tables: ['Episodes'],
  fields: ['RNE', 'DECOM'],
  check: (e) => {
    const t = e.t.Episodes;
    const rne = t.text('RNE');
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const { prev } = episodeOrder(e.cur);
    return rowsWhere('433', t, ['RNE', 'DECOM'], (i) => {
      const p = prev[i] as number;
      return CONTINUATION.has(rne[i] ?? '') && p >= 0 && !Number.isNaN(dec[p] as number) && dec[p] !== decom[i];
    });
  },
});
