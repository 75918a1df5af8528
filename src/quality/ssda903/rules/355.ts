import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '355',
  message: 'Episode appears to have lasted for less than 24 hours.',
  tables: ['Episodes'],
  fields: ['DECOM', 'DEC'],
  check: (e) => {
    const decom = e.t.Episodes.day('DECOM');
    const dec = e.t.Episodes.day('DEC');
    return rowsWhere('355', e.t.Episodes, ['DECOM', 'DEC'], (i) => decom[i] === dec[i]);
  },
});
