import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '385',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  tables: ['Episodes'],
  fields: ['DEC'],
  check: (e) => {
    const dec = e.t.Episodes.day('DEC');
    return rowsWhere('385', e.t.Episodes, ['DEC'], (i) => (dec[i] as number) > e.end);
  },
});
