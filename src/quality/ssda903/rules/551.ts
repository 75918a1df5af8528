import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A child placed for adoption (A3–A6) has a decision that they should be: a PlacedAdoption row with DATE_PLACED. */
export const rule = defineRule({
  code: '551',
  message: 'Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.',
  tables: ['Episodes', 'PlacedAdoption'],
  fields: ['PLACE'],
  check: (e) => {
    const pa = e.t.PlacedAdoption;
    const placed = pa.raw('DATE_PLACED');
    const decided = new Set<string>();
    const pids = pa.text('CHILD');
    for (let i = 0; i < pa.length; i++) if (placed[i] !== null) decided.add(pids[i] ?? '');
    const t = e.t.Episodes;
    const ids = t.text('CHILD');
    const place = t.text('PLACE');
    return rowsWhere('551', t, ['PLACE'], (i) => CODES.placedForAdoption.has(place[i] ?? '') && !decided.has(ids[i] ?? ''));
  },
});
