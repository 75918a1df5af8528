import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '158',
  message: 'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
  tables: ['OC2'],
  fields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  check: (e) => {
    const received = e.t.OC2.text('INTERVENTION_RECEIVED');
    const offered = e.t.OC2.raw('INTERVENTION_OFFERED');
    return rowsWhere('158', e.t.OC2, ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'], (i) => received[i] === '1' && offered[i] !== null);
  },
});
