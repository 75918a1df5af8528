import { addYears } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '304',
  message: 'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
  tables: ['UASC'],
  fields: ['DOB', 'DUC'],
  check: (e) => {
    const t = e.t.UASC;
    const dob = t.day('DOB');
    const duc = t.day('DUC');
    return rowsWhere('304', t, ['DOB', 'DUC'], (i) => (duc[i] as number) > addYears(dob[i] as number, 18));
  },
});
