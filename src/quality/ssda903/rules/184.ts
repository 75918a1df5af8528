import { headerDob } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '184',
  message: 'Date of decision that a child should be placed for adoption is before the child was born.',
  tables: ['PlacedAdoption', 'Header'],
  fields: ['DATE_PLACED'],
  check: (e) => {
    const t = e.t.PlacedAdoption;
    const dob = headerDob(e.cur, t);
    const placed = t.day('DATE_PLACED');
    return rowsWhere('184', t, ['DATE_PLACED'], (i) => (placed[i] as number) < (dob[i] as number));
  },
});
