import { allFilled } from '../derive.js';
import { OC2_CORE } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '547',
  message: 'Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  tables: ['OC2'],
  fields: ['HEALTH_CHECK', ...OC2_CORE],
  check: (e) => {
    const check = e.t.OC2.raw('HEALTH_CHECK');
    const core = allFilled(e.t.OC2, OC2_CORE);
    return rowsWhere('547', e.t.OC2, ['HEALTH_CHECK', ...OC2_CORE], (i) => check[i] !== null && !core(i));
  },
});
