import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '567',
  message: 'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.',
  tables: ['Missing'],
  fields: ['MIS_START', 'MIS_END'],
  check: (e) => {
    const t = e.t.Missing;
    const start = t.day('MIS_START');
    const end = t.day('MIS_END');
    return rowsWhere('567', t, ['MIS_START', 'MIS_END'], (i) => (end[i] as number) < (start[i] as number));
  },
});
