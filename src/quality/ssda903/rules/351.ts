import { addYears, inCareDuringYear } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '351',
  message: 'Child was over 21 at the start of the current collection year.',
  tables: ['Header', 'Episodes'],
  fields: ['DOB'],
  check: (e) => {
    const h = e.t.Header;
    const ids = h.text('CHILD');
    const dob = h.day('DOB');
    const during = inCareDuringYear(e.cur, e.start, e.end);
    return rowsWhere('351', h, ['DOB'], (i) => during.has(ids[i] ?? '') && addYears(dob[i] as number, 21) < e.start);
  },
});
