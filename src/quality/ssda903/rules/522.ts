import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '522',
  message: 'Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  check: (e) => {
    const t = e.t.PlacedAdoption;
    const placed = t.day('DATE_PLACED');
    const ceased = t.day('DATE_PLACED_CEASED');
    return rowsWhere('522', t, ['DATE_PLACED', 'DATE_PLACED_CEASED'], (i) => (placed[i] as number) > (ceased[i] as number));
  },
});
