import { ymdToDay } from '../../../model/dates.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Freeing orders (D1) were replaced by placement orders (E1) on 30 December 2005. */
const ADOPTION_ACT = ymdToDay(2005, 12, 30);

export const rule = defineRule({
  code: '445',
  message: 'D1 is not a valid code for episodes starting after December 2005.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM'],
  check: (e) => {
    const ls = e.t.Episodes.text('LS');
    const decom = e.t.Episodes.day('DECOM');
    return rowsWhere('445', e.t.Episodes, ['LS', 'DECOM'], (i) => ls[i] === 'D1' && (decom[i] as number) > ADOPTION_ACT);
  },
});
