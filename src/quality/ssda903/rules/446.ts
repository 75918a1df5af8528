import { ymdToDay } from '../../../model/dates.js';
import { defineRule, rowsWhere } from '../rule.js';

const ADOPTION_ACT = ymdToDay(2005, 12, 30);

export const rule = defineRule({
  code: '446',
  message: 'E1 is not a valid code for episodes starting before December 2005.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM'],
  check: (e) => {
    const ls = e.t.Episodes.text('LS');
    const decom = e.t.Episodes.day('DECOM');
    return rowsWhere('446', e.t.Episodes, ['LS', 'DECOM'], (i) => ls[i] === 'E1' && (decom[i] as number) < ADOPTION_ACT);
  },
});
