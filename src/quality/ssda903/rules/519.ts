import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '519',
  message: 'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.',
  tables: ['AD1'],
  fields: ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  check: (e) => {
    const t = e.t.AD1;
    const sex = t.text('SEX_ADOPTR');
    const ls = t.text('LS_ADOPTR');
    return rowsWhere('519', t, ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], (i) => ls[i] === 'L2' && (sex[i] === 'M1' || sex[i] === 'F1'));
  },
});
