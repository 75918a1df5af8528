import { defineRule, rowsWhere } from '../rule.js';

/** Placed for adoption under a placement order (A5, A6) needs that order (E1), or a freeing order (D1). */
export const rule = defineRule({
  code: '408',
  message: 'Child is placed for adoption or with prospective adopters but legal status is not consistent.',
  tables: ['Episodes'],
  fields: ['PLACE', 'LS'],
  check: (e) => {
    const place = e.t.Episodes.text('PLACE');
    const ls = e.t.Episodes.text('LS');
    return rowsWhere('408', e.t.Episodes, ['PLACE', 'LS'], (i) => (place[i] === 'A5' || place[i] === 'A6') && ls[i] !== 'E1' && ls[i] !== 'D1');
  },
});
