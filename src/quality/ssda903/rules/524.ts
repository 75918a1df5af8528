import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '524',
  message: 'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.',
  tables: ['AD1'],
  fields: ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  check: (e) => {
    const t = e.t.AD1;
    const sex = t.text('SEX_ADOPTR');
    const ls = t.text('LS_ADOPTR');
    return rowsWhere('524', t, ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], (i) => ls[i] === 'L12' && sex[i] !== 'MM' && sex[i] !== 'FF');
  },
});
