import { addYears, headerDob } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Past 18 a young person can stay looked after only under section 20(5) (V2), or on short breaks. */
const AFTER_18 = new Set(['V2', 'V3', 'V4']);

export const rule = defineRule({
  code: '359',
  message: 'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
  tables: ['Episodes', 'Header'],
  fields: ['LS', 'DEC'],
  check: (e) => {
    const t = e.t.Episodes;
    const dob = headerDob(e.cur, t);
    const dec = t.raw('DEC');
    const decom = t.day('DECOM');
    const ls = t.text('LS');
    return rowsWhere('359', t, ['LS', 'DEC'], (i) => dec[i] === null && !Number.isNaN(decom[i] as number) && addYears(dob[i] as number, 18) <= e.end && !AFTER_18.has(ls[i] ?? ''));
  },
});
