import { defineRule, rowsAt } from '../rule.js';

export const rule = defineRule({
  code: '377',
  message: 'Only two temporary placements coded as being due to holiday of usual foster carer(s) may occur in any year.',
  tables: ['Episodes'],
  fields: ['PLACE', 'DECOM'],
  check: (e) => {
    const t = e.t.Episodes;
    const place = t.text('PLACE');
    const decom = t.day('DECOM');
    const rows: number[] = [];
    for (const r of t.byChild().values()) {
      const t3 = r.filter((i) => place[i] === 'T3' && (decom[i] as number) >= e.start && (decom[i] as number) <= e.end);
      if (t3.length > 2) rows.push(...t3);
    }
    return rowsAt('377', t, ['PLACE', 'DECOM'], rows);
  },
});
