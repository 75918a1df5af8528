import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '612',
  message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
  tables: ['Header'],
  fields: ['MOTHER', 'MC_DOB'],
  check: (e) => {
    const mother = e.t.Header.text('MOTHER');
    const mc = e.t.Header.raw('MC_DOB');
    return rowsWhere('612', e.t.Header, ['MOTHER', 'MC_DOB'], (i) => mother[i] === '0' && mc[i] !== null);
  },
});
