import { invalidDate } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A date UASC status ceased must be a date, and within or after the year (the table holds this year's UASC children). */
export const rule = defineRule({
  code: '104',
  message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
  tables: ['UASC'],
  fields: ['DUC'],
  check: (e) => {
    const t = e.t.UASC;
    const bad = invalidDate(t, 'DUC');
    const duc = t.day('DUC');
    return rowsWhere('104', t, ['DUC'], (i) => bad(i) || (duc[i] as number) < e.start);
  },
});
