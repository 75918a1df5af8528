import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '192',
  message: 'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.',
  tables: ['OC2'],
  fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'],
  check: (e) => {
    const misuse = e.t.OC2.text('SUBSTANCE_MISUSE');
    const received = e.t.OC2.raw('INTERVENTION_RECEIVED');
    return rowsWhere('192', e.t.OC2, ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'], (i) => misuse[i] === '1' && received[i] === null);
  },
});
