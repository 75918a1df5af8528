import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '378',
  message: 'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.',
  tables: ['Episodes'],
  fields: ['PLACE', 'LS'],
  check: (e) => {
    const place = e.t.Episodes.text('PLACE');
    const ls = e.t.Episodes.text('LS');
    return rowsWhere('378', e.t.Episodes, ['PLACE', 'LS'], (i) => place[i] === 'P1' && ls[i] === 'V2');
  },
});
