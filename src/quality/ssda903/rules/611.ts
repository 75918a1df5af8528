import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '611',
  message: 'Date of birth field is blank, but child is a mother.',
  tables: ['Header'],
  fields: ['MOTHER', 'MC_DOB'],
  check: (e) => {
    const mother = e.t.Header.text('MOTHER');
    const mc = e.t.Header.raw('MC_DOB');
    return rowsWhere('611', e.t.Header, ['MOTHER', 'MC_DOB'], (i) => mother[i] === '1' && mc[i] === null);
  },
});
