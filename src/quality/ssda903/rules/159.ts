import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '159',
  message: 'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.',
  tables: ['OC2'],
  fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  check: (e) => {
    const t = e.t.OC2;
    const misuse = t.text('SUBSTANCE_MISUSE');
    const received = t.text('INTERVENTION_RECEIVED');
    const offered = t.raw('INTERVENTION_OFFERED');
    return rowsWhere('159', t, ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'], (i) => misuse[i] === '1' && received[i] === '0' && offered[i] === null);
  },
});
