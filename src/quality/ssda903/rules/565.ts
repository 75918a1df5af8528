import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '565',
  message:
    'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.',
  tables: ['Missing'],
  fields: ['MISSING', 'MIS_START'],
  check: (e) => {
    const t = e.t.Missing;
    const missing = t.raw('MISSING');
    const start = t.raw('MIS_START');
    return rowsWhere('565', t, ['MISSING', 'MIS_START'], (i) => start[i] !== null && missing[i] === null);
  },
});
