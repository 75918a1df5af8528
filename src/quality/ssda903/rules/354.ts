import { defineRule, rowsWhere } from '../rule.js';

/** The DfE message speaks of the date ceased, but the rule is on the start (DECOM); 385 checks DEC. */
export const rule = defineRule({
  code: '354',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  check: (e) => {
    const decom = e.t.Episodes.day('DECOM');
    return rowsWhere('354', e.t.Episodes, ['DECOM'], (i) => (decom[i] as number) > e.end);
  },
});
