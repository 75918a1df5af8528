import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  tables: ['Missing'],
  fields: ['DOB', 'MIS_START'],
  check: (e) => {
    const t = e.t.Missing;
    const dob = t.day('DOB');
    const start = t.day('MIS_START');
    return rowsWhere('586', t, ['DOB', 'MIS_START'], (i) => (start[i] as number) < (dob[i] as number));
  },
});
