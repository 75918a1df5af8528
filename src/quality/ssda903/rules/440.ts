import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '440',
  message: 'Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.',
  tables: ['Reviews'],
  fields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
  check: (e) => {
    const t = e.t.Reviews;
    const dob = t.day('DOB');
    const review = t.day('REVIEW');
    const code = t.text('REVIEW_CODE');
    return rowsWhere('440', t, ['DOB', 'REVIEW', 'REVIEW_CODE'], (i) => code[i] === 'PN0' && (review[i] as number) >= addYears(dob[i] as number, 4));
  },
});
