import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '542',
  message: 'A child aged under 10 at 31 March should not have conviction information completed.',
  tables: ['OC2'],
  fields: ['DOB', 'CONVICTED'],
  check: (e) => {
    const dob = e.t.OC2.day('DOB');
    const convicted = e.t.OC2.raw('CONVICTED');
    return rowsWhere('542', e.t.OC2, ['DOB', 'CONVICTED'], (i) => convicted[i] !== null && addYears(dob[i] as number, 10) > e.end);
  },
});
