import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '563',
  message: 'The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  check: (e) => {
    const t = e.t.PlacedAdoption;
    const placed = t.raw('DATE_PLACED');
    const ceased = t.raw('DATE_PLACED_CEASED');
    const reason = t.raw('REASON_PLACED_CEASED');
    return rowsWhere('563', t, ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], (i) => placed[i] === null && (ceased[i] !== null || reason[i] !== null));
  },
});
