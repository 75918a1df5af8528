import { ymdToDay } from '../../../model/dates.js';
import { defineRule, rowsWhere } from '../rule.js';

/** The Children Act 1989 came into force on 14 October 1991: no episode under it starts earlier. */
const CHILDREN_ACT = ymdToDay(1991, 10, 14);

export const rule = defineRule({
  code: '353',
  message: 'No episode submitted can start before 14 October 1991.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  check: (e) => {
    const decom = e.t.Episodes.day('DECOM');
    return rowsWhere('353', e.t.Episodes, ['DECOM'], (i) => (decom[i] as number) < CHILDREN_ACT);
  },
});
