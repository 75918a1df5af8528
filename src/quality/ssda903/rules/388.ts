import { defineRule, rowsWhere } from '../rule.js';

/** X1 says "a new episode begins": the child must have one starting the day this one ceased. */
export const rule = defineRule({
  code: '388',
  message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
  tables: ['Episodes'],
  fields: ['REC', 'DEC'],
  check: (e) => {
    const t = e.t.Episodes;
    const ids = t.text('CHILD');
    const rec = t.text('REC');
    const dec = t.day('DEC');
    const decom = t.day('DECOM');
    const byChild = t.byChild();
    return rowsWhere('388', t, ['REC', 'DEC'], (i) => rec[i] === 'X1' && !(byChild.get(ids[i] ?? '') ?? []).some((k) => k !== i && decom[k] === dec[i]));
  },
});
