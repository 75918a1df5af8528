import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '451',
  message: 'Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.',
  tables: ['Episodes'],
  fields: ['LS', 'DEC'],
  check: (e) => {
    const ls = e.t.Episodes.text('LS');
    const dec = e.t.Episodes.raw('DEC');
    return rowsWhere('451', e.t.Episodes, ['LS', 'DEC'], (i) => ls[i] === 'D1' && dec[i] === null);
  },
});
