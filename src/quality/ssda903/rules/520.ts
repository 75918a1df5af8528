import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '520',
  message: 'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.',
  tables: ['AD1'],
  fields: ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  check: (e) => {
    const t = e.t.AD1;
    const sex = t.text('SEX_ADOPTR');
    const ls = t.text('LS_ADOPTR');
    return rowsWhere('520', t, ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], (i) => ls[i] === 'L11' && (sex[i] === 'MM' || sex[i] === 'FF'));
  },
});
