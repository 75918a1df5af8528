import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '119',
  message: 'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
  tables: ['PlacedAdoption'],
  fields: ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
  check: (e) => {
    const t = e.t.PlacedAdoption;
    const date = t.raw('DATE_PLACED_CEASED');
    const reason = t.raw('REASON_PLACED_CEASED');
    return rowsWhere('119', t, ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'], (i) => (date[i] === null) !== (reason[i] === null));
  },
});
