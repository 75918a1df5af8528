import { addYears, continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '545',
  message: 'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.',
  tables: ['OC2', 'Episodes'],
  fields: ['DOB', 'HEALTH_CHECK'],
  check: (e) => {
    const ids = e.t.OC2.text('CHILD');
    const dob = e.t.OC2.day('DOB');
    const check = e.t.OC2.raw('HEALTH_CHECK');
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    return rowsWhere('545', e.t.OC2, ['DOB', 'HEALTH_CHECK'], (i) => check[i] === null && addYears(dob[i] as number, 5) > e.end && cla.has(ids[i] ?? ''));
  },
});
