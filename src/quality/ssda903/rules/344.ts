import { defineRule, rowsWhere } from '../rule.js';

/** For a young person who has died or refused contact, activity and accommodation are recorded as 0 (or left blank). */
export const rule = defineRule({
  code: '344',
  message: 'The record shows the young person has died or refused to cooperate with their local authority, but activity and/or accommodation on leaving care have been completed.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  check: (e) => {
    const t = e.t.OC3;
    const touch = t.text('IN_TOUCH');
    const activ = t.text('ACTIV');
    const accom = t.text('ACCOM');
    const given = (v: string | null | undefined) => v !== null && v !== undefined && v !== '0';
    return rowsWhere('344', t, ['IN_TOUCH', 'ACTIV', 'ACCOM'], (i) => (touch[i] === 'DIED' || touch[i] === 'REFU') && (given(activ[i]) || given(accom[i])));
  },
});
