import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '167',
  message: 'Data entry for participation is invalid or blank.',
  tables: ['Reviews'],
  fields: ['REVIEW', 'REVIEW_CODE'],
  check: (e) => {
    const t = e.t.Reviews;
    const review = t.raw('REVIEW');
    const code = t.text('REVIEW_CODE');
    return rowsWhere('167', t, ['REVIEW', 'REVIEW_CODE'], (i) => (review[i] === null ? code[i] !== null : !CODES.reviewCode.has(code[i] ?? '')));
  },
});
