import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '511',
  message: 'If reporting the number of adopters is 1, then the gender of adopter must be M1 or F1.',
  tables: ['AD1'],
  fields: ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  check: (e) => {
    const t = e.t.AD1;
    const nb = t.text('NB_ADOPTR');
    const sex = t.text('SEX_ADOPTR');
    return rowsWhere('511', t, ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'], (i) => nb[i] === '1' && sex[i] !== null && sex[i] !== 'M1' && sex[i] !== 'F1');
  },
});
