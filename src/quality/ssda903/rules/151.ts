import { defineRule, rowsWhere } from '../rule.js';

const FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

export const rule = defineRule({
  code: '151',
  message: 'All data items relating to a childs adoption must be coded or left blank.',
  tables: ['AD1'],
  fields: FIELDS,
  check: (e) => {
    const t = e.t.AD1;
    const cols = FIELDS.map((f) => t.raw(f));
    return rowsWhere('151', t, FIELDS, (i) => {
      const n = cols.filter((c) => c[i] !== null).length;
      return n > 0 && n < cols.length;
    });
  },
});
