import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '546',
  message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
  tables: ['OC2'],
  fields: ['DOB', 'HEALTH_CHECK'],
  check: (e) => {
    const dob = e.t.OC2.day('DOB');
    const check = e.t.OC2.raw('HEALTH_CHECK');
    return rowsWhere('546', e.t.OC2, ['DOB', 'HEALTH_CHECK'], (i) => check[i] !== null && addYears(dob[i] as number, 5) <= e.end);
  },
});
