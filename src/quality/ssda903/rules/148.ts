import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '148',
  message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
  tables: ['Episodes'],
  fields: ['DEC', 'REC'],
  check: (e) => {
    const dec = e.t.Episodes.raw('DEC');
    const rec = e.t.Episodes.raw('REC');
    return rowsWhere('148', e.t.Episodes, ['DEC', 'REC'], (i) => (dec[i] === null) !== (rec[i] === null));
  },
});
