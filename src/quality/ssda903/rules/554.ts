import { CODES } from '../../../model/ssda903.js';
import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** The decision comes first: it must be on or before the start of the child's first placement for adoption. */
export const rule = defineRule({
  code: '554',
  message: 'Date of decision that the child should be placed for adoption should be on or prior to the date that the child was placed for adoption.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED'],
  check: (e) => {
    const ep = e.t.Episodes;
    const place = ep.text('PLACE');
    const decom = ep.day('DECOM');
    const order = episodeOrder(e.cur).byChild;
    const t = e.t.PlacedAdoption;
    const ids = t.text('CHILD');
    const placed = t.day('DATE_PLACED');
    return rowsWhere('554', t, ['DATE_PLACED'], (i) => {
      const first = (order.get(ids[i] ?? '') ?? []).find((k) => CODES.placedForAdoption.has(place[k] ?? ''));
      return first !== undefined && (placed[i] as number) > (decom[first] as number);
    });
  },
});
