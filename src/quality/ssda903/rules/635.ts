import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '635',
  message: 'There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1.',
  tables: ['PrevPerm'],
  fields: ['PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  check: (e) => {
    const t = e.t.PrevPerm;
    const perm = t.text('PREV_PERM');
    const la = t.raw('LA_PERM');
    const date = t.raw('DATE_PERM');
    return rowsWhere('635', t, ['PREV_PERM', 'LA_PERM', 'DATE_PERM'], (i) => perm[i] === 'Z1' && (la[i] !== null || date[i] !== null));
  },
});
