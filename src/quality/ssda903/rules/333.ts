import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '333',
  message: 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
  tables: ['AD1'],
  fields: ['DATE_INT', 'DATE_MATCH'],
  check: (e) => {
    const t = e.t.AD1;
    const int = t.day('DATE_INT');
    const match = t.day('DATE_MATCH');
    return rowsWhere('333', t, ['DATE_INT', 'DATE_MATCH'], (i) => !Number.isNaN(match[i] as number) && (Number.isNaN(int[i] as number) || (int[i] as number) > (match[i] as number)));
  },
});
