import { defineRule, rowsWhere } from '../rule.js';

const T0_T4 = new Set(['T0', 'T4']);

export const rule = defineRule({
  code: '380',
  message: 'A period of care cannot start with a temporary placement of type T0 or T4 (unless the only change is to the legal status).',
  tables: ['Episodes'],
  fields: ['RNE', 'PLACE'],
  check: (e) => {
    const rne = e.t.Episodes.text('RNE');
    const place = e.t.Episodes.text('PLACE');
    return rowsWhere('380', e.t.Episodes, ['RNE', 'PLACE'], (i) => rne[i] === 'S' && T0_T4.has(place[i] ?? ''));
  },
});
