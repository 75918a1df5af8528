import { addYears, headerDob } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '352',
  message: 'Child who started to be looked after was aged 18 or over.',
  tables: ['Episodes', 'Header'],
  fields: ['DECOM', 'RNE'],
  check: (e) => {
    const t = e.t.Episodes;
    const dob = headerDob(e.cur, t);
    const decom = t.day('DECOM');
    const rne = t.text('RNE');
    return rowsWhere('352', t, ['DECOM', 'RNE'], (i) => rne[i] === 'S' && (decom[i] as number) >= addYears(dob[i] as number, 18));
  },
});
