import { headerValues, lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '203',
  message: 'Date of birth disagrees with the date of birth already recorded for this child.',
  tables: ['Header'],
  fields: ['DOB'],
  previousYear: true,
  check: (e) => {
    const last = headerValues(lastYear(e), 'DOB');
    const ids = e.t.Header.text('CHILD');
    const dob = e.t.Header.text('DOB');
    return rowsWhere('203', e.t.Header, ['DOB'], (i) => {
      const id = ids[i] ?? '';
      return last.has(id) && last.get(id) !== (dob[i] ?? null);
    });
  },
});
