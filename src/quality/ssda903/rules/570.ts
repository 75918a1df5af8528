import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '570',
  message: 'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.',
  tables: ['Missing'],
  fields: ['MIS_START'],
  check: (e) => {
    const start = e.t.Missing.day('MIS_START');
    return rowsWhere('570', e.t.Missing, ['MIS_START'], (i) => (start[i] as number) > e.end);
  },
});
