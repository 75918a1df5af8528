import { isMale } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '174',
  message: "Mother's child date of birth is recorded but gender shows that the child is a male.",
  tables: ['Header'],
  fields: ['SEX', 'MC_DOB'],
  check: (e) => {
    const sex = e.t.Header.text('SEX');
    const mc = e.t.Header.raw('MC_DOB');
    return rowsWhere('174', e.t.Header, ['SEX', 'MC_DOB'], (i) => isMale(sex[i]) && mc[i] !== null);
  },
});
