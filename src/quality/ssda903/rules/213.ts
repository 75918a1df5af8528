import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '213',
  message: 'Placement provider information not required.',
  tables: ['Episodes'],
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { to: 2025 },
  check: (e) => {
    const t = e.t.Episodes;
    const place = t.text('PLACE');
    const pp = t.raw('PLACE_PROVIDER');
    return rowsWhere('213', t, ['PLACE', 'PLACE_PROVIDER'], (i) => CODES.temporary.has(place[i] ?? '') && pp[i] !== null);
  },
});
