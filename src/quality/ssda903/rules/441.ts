import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

const FOUR_AND_OVER = new Set(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

export const rule = defineRule({
  code: '441',
  message: 'Participation method indicates child was 4 years or older at the time of the review, but the date of birth and review date indicates the child was under 4 years old.',
  tables: ['Reviews'],
  fields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
  check: (e) => {
    const t = e.t.Reviews;
    const dob = t.day('DOB');
    const review = t.day('REVIEW');
    const code = t.text('REVIEW_CODE');
    return rowsWhere('441', t, ['DOB', 'REVIEW', 'REVIEW_CODE'], (i) => FOUR_AND_OVER.has(code[i] ?? '') && (review[i] as number) < addYears(dob[i] as number, 4));
  },
});
