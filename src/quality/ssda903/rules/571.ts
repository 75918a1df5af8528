import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '571',
  message: 'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.',
  tables: ['Missing'],
  fields: ['MIS_END'],
  check: (e) => {
    const end = e.t.Missing.day('MIS_END');
    return rowsWhere('571', e.t.Missing, ['MIS_END'], (i) => (end[i] as number) < e.start || (end[i] as number) > e.end);
  },
});
