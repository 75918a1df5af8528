import { defineRule, rowsWhere } from '../rule.js';

const T0_T4 = new Set(['T0', 'T4']);

export const rule = defineRule({
  code: '381',
  message: 'A period of care cannot end with a temporary placement of type T0 or T4 (unless the only change is to the legal status).',
  tables: ['Episodes'],
  fields: ['REC', 'PLACE'],
  check: (e) => {
    const rec = e.t.Episodes.text('REC');
    const place = e.t.Episodes.text('PLACE');
    return rowsWhere('381', e.t.Episodes, ['REC', 'PLACE'], (i) => rec[i] !== null && rec[i] !== 'X1' && T0_T4.has(place[i] ?? ''));
  },
});
