import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '193',
  message: 'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.',
  tables: ['OC2'],
  fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  check: (e) => {
    const t = e.t.OC2;
    const misuse = t.text('SUBSTANCE_MISUSE');
    const received = t.raw('INTERVENTION_RECEIVED');
    const offered = t.raw('INTERVENTION_OFFERED');
    return rowsWhere('193', t, ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'], (i) => (misuse[i] === null || misuse[i] === '0') && (received[i] !== null || offered[i] !== null));
  },
});
