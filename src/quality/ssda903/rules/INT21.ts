import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: 'INT21',
  message: "Data Integrity Check: Child's SEX in UASC is different to SEX in Header.",
  tables: ['UASC', 'Header'],
  fields: ['CHILD', 'SEX'],
  check: (e) => {
    const header = e.t.Header.byChild();
    const hSex = e.t.Header.text('SEX');
    const ids = e.t.UASC.text('CHILD');
    const sex = e.t.UASC.text('SEX');
    return rowsWhere('INT21', e.t.UASC, ['CHILD', 'SEX'], (i) => {
      const rows = header.get(ids[i] ?? '');
      return rows !== undefined && (hSex[rows[0] as number] ?? null) !== (sex[i] ?? null);
    });
  },
});
