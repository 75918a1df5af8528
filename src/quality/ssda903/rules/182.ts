import { anyFilled, allFilled } from '../derive.js';
import { OC2_CORE, OC2_ITEMS } from '../oc2.js';
import { defineRule, rowsWhere } from '../rule.js';

const OTHERS = ['CONVICTED', 'HEALTH_CHECK', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'];

export const rule = defineRule({
  code: '182',
  message: 'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.',
  tables: ['OC2'],
  fields: OC2_ITEMS,
  check: (e) => {
    const core = allFilled(e.t.OC2, OC2_CORE);
    const others = anyFilled(e.t.OC2, OTHERS);
    return rowsWhere('182', e.t.OC2, OC2_ITEMS, (i) => !core(i) && others(i));
  },
});
