import { CODES } from '../../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../../rule.js';

/** 2025/26: the placements without a provider are T0–T3 and Z11–Z14. */
export const rule = defineRule({
  code: '213',
  message: 'Placement provider information not required.',
  tables: ['Episodes'],
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2026 },
  check: (e) => {
    const t = e.t.Episodes;
    const place = t.text('PLACE');
    const pp = t.raw('PLACE_PROVIDER');
    return rowsWhere('213', t, ['PLACE', 'PLACE_PROVIDER'], (i) => CODES.noProvider2026.has(place[i] ?? '') && pp[i] !== null);
  },
});
