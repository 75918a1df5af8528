import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '356',
  message: 'The date the episode ceased is before the date the same episode started.',
  tables: ['Episodes'],
  fields: ['DECOM', 'DEC'],
  check: (e) => {
    const decom = e.t.Episodes.day('DECOM');
    const dec = e.t.Episodes.day('DEC');
    return rowsWhere('356', e.t.Episodes, ['DECOM', 'DEC'], (i) => (dec[i] as number) < (decom[i] as number));
  },
});
