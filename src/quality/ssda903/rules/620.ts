import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A mother's child born before her 11th birthday is almost certainly a date error. */
export const rule = defineRule({
  code: '620',
  message: 'Child has been recorded as a mother, but date of birth shows the mother is under 11 years of age.',
  tables: ['Header'],
  fields: ['DOB', 'MC_DOB'],
  check: (e) => {
    const h = e.t.Header;
    const dob = h.day('DOB');
    const mc = h.day('MC_DOB');
    return rowsWhere('620', h, ['DOB', 'MC_DOB'], (i) => (mc[i] as number) < addYears(dob[i] as number, 11));
  },
});
