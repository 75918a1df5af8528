import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '514',
  message: 'Data entry on the legal status of adopters shows single adopter but data entry for the numbers of adopters shows it as a couple.',
  tables: ['AD1'],
  fields: ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  check: (e) => {
    const t = e.t.AD1;
    const nb = t.text('NB_ADOPTR');
    const ls = t.text('LS_ADOPTR');
    return rowsWhere('514', t, ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], (i) => ls[i] === 'L0' && nb[i] === '2');
  },
});
