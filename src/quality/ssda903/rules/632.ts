import { isValidYmd } from '../../../model/dates.js';
import { defineRule, rowsWhere } from '../rule.js';

/** The day, or the day and month, may be unknown: ZZ/mm/yyyy and ZZ/ZZ/yyyy are valid. */
function validPermDate(v: string): boolean {
  const m = /^(\d{1,2}|ZZ)\/(\d{1,2}|ZZ)\/(\d{4})$/.exec(v);
  if (!m) return false;
  const [, d, mo, y] = m as unknown as [string, string, string, string];
  if (mo === 'ZZ') return d === 'ZZ';
  if (d === 'ZZ') return Number(mo) >= 1 && Number(mo) <= 12;
  return isValidYmd(Number(y), Number(mo), Number(d));
}

export const rule = defineRule({
  code: '632',
  message: 'Date of previous permanence order not a valid value. NOTE: This rule may return false negatives where dates are partially complete.',
  tables: ['PrevPerm'],
  fields: ['DATE_PERM'],
  check: (e) => {
    const date = e.t.PrevPerm.text('DATE_PERM');
    return rowsWhere('632', e.t.PrevPerm, ['DATE_PERM'], (i) => date[i] !== null && !validPermDate(date[i] as string));
  },
});
