import { ymdToDay } from '../../../model/dates.js';
import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** School age: four on 31 August of the year before the collection starts (2018 for 2019/20). */
export const rule = defineRule({
  code: '209',
  message: 'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
  tables: ['Header'],
  fields: ['UPN', 'DOB'],
  check: (e) => {
    const h = e.t.Header;
    const upn = h.text('UPN');
    const dob = h.day('DOB');
    const reference = ymdToDay(e.year - 2, 8, 31);
    return rowsWhere('209', h, ['UPN', 'DOB'], (i) => upn[i] === 'UN1' && addYears(dob[i] as number, 4) <= reference);
  },
});
