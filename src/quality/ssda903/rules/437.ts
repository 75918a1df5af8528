import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '437',
  message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
  tables: ['Episodes'],
  fields: ['REC'],
  check: (e) => {
    const rec = e.t.Episodes.text('REC');
    const { next } = episodeOrder(e.cur);
    return rowsWhere('437', e.t.Episodes, ['REC'], (i) => (rec[i] === 'E2' || rec[i] === 'E15') && (next[i] as number) >= 0);
  },
});
