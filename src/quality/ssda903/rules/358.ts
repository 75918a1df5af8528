import { addYears, headerDob } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

const YOUTH_JUSTICE = new Set(['J1', 'J2', 'J3']);

export const rule = defineRule({
  code: '358',
  message: 'Child with this legal status should not be under 10.',
  tables: ['Episodes', 'Header'],
  fields: ['LS', 'DECOM'],
  check: (e) => {
    const t = e.t.Episodes;
    const dob = headerDob(e.cur, t);
    const decom = t.day('DECOM');
    const ls = t.text('LS');
    return rowsWhere('358', t, ['LS', 'DECOM'], (i) => YOUTH_JUSTICE.has(ls[i] ?? '') && (decom[i] as number) < addYears(dob[i] as number, 10));
  },
});
