import { anyFilled } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const rule = defineRule({
  code: '134',
  message: 'Data on adoption should not be entered for the OC3 cohort.',
  tables: ['AD1', 'OC3'],
  fields: AD1_FIELDS,
  check: (e) => {
    const oc3 = e.t.OC3;
    const oc3Filled = anyFilled(oc3, ['IN_TOUCH', 'ACTIV', 'ACCOM']);
    const leavers = new Set<string>();
    for (const [child, rows] of oc3.byChild()) if (rows.some(oc3Filled)) leavers.add(child);
    const t = e.t.AD1;
    const ids = t.text('CHILD');
    const filled = anyFilled(t, AD1_FIELDS);
    return rowsWhere('134', t, AD1_FIELDS, (i) => leavers.has(ids[i] ?? '') && filled(i));
  },
});
