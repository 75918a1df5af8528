import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '382',
  message: 'A child receiving respite care cannot be in a temporary placement.',
  tables: ['Episodes'],
  fields: ['LS', 'PLACE'],
  check: (e) => {
    const ls = e.t.Episodes.text('LS');
    const place = e.t.Episodes.text('PLACE');
    return rowsWhere('382', e.t.Episodes, ['LS', 'PLACE'], (i) => (ls[i] === 'V3' || ls[i] === 'V4') && CODES.temporary.has(place[i] ?? ''));
  },
});
