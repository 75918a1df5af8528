import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '345',
  message: 'The data collection shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  check: (e) => {
    const t = e.t.OC3;
    const touch = t.text('IN_TOUCH');
    const activ = t.text('ACTIV');
    const accom = t.text('ACCOM');
    return rowsWhere('345', t, ['IN_TOUCH', 'ACTIV', 'ACCOM'], (i) => touch[i] === 'YES' && (activ[i] === '0' || accom[i] === '0'));
  },
});
