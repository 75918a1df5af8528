import { defineRule, rowsWhere } from '../rule.js';

/** An English authority's three-digit code, or the other UK nations / not known (WAL, SCO, NIR, NUK). */
const LA = /^(?:\d{3}|WAL|SCO|NIR|NUK)$/;

export const rule = defineRule({
  code: '633',
  message: 'Local authority code where previous permanence option was arranged is not a valid value.',
  tables: ['PrevPerm'],
  fields: ['LA_PERM'],
  check: (e) => {
    const la = e.t.PrevPerm.text('LA_PERM');
    return rowsWhere('633', e.t.PrevPerm, ['LA_PERM'], (i) => la[i] !== null && !LA.test(la[i] as string));
  },
});
