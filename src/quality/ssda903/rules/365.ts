import { endOrYearEnd } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '365',
  message: 'Any individual short- term respite placement must not exceed 17 days.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  check: (e) => {
    const t = e.t.Episodes;
    const ls = t.text('LS');
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    return rowsWhere('365', t, ['LS', 'DECOM', 'DEC'], (i) => ls[i] === 'V3' && endOrYearEnd(dec[i] as number, e.end) - (decom[i] as number) > 17);
  },
});
