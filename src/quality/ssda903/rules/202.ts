import { headerValues, lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '202',
  message: 'The gender code conflicts with the gender already recorded for this child.',
  tables: ['Header'],
  fields: ['SEX'],
  previousYear: true,
  check: (e) => {
    const last = headerValues(lastYear(e), 'SEX');
    const ids = e.t.Header.text('CHILD');
    const sex = e.t.Header.text('SEX');
    return rowsWhere('202', e.t.Header, ['SEX'], (i) => {
      const id = ids[i] ?? '';
      return last.has(id) && normalise(last.get(id) ?? null) !== normalise(sex[i] ?? null);
    });
  },
});

/** 1 and M, 2 and F are the same sex in the codes before and after 2024/25. */
function normalise(sex: string | null): string | null {
  return sex === '1' ? 'M' : sex === '2' ? 'F' : sex;
}
