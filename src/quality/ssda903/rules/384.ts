import { defineRule, rowsAt } from '../rule.js';

export const rule = defineRule({
  code: '384',
  message: 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
  tables: ['Episodes'],
  fields: ['LS'],
  check: (e) => {
    const t = e.t.Episodes;
    const ls = t.text('LS');
    const rows: number[] = [];
    for (const r of t.byChild().values()) {
      const v = r.filter((i) => ls[i] === 'V3' || ls[i] === 'V4');
      if (v.some((i) => ls[i] === 'V3') && v.some((i) => ls[i] === 'V4')) rows.push(...v);
    }
    return rowsAt('384', t, ['LS'], rows);
  },
});
