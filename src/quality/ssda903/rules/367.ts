import { endOrYearEnd } from '../derive.js';
import { defineRule, rowsAt } from '../rule.js';

/** Days of short breaks (V3) within the year, summed per child. */
export const rule = defineRule({
  code: '367',
  message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  check: (e) => {
    const t = e.t.Episodes;
    const ls = t.text('LS');
    const decom = t.day('DECOM');
    const dec = t.day('DEC');
    const rows: number[] = [];
    for (const r of t.byChild().values()) {
      const v3 = r.filter((i) => ls[i] === 'V3' && !Number.isNaN(decom[i] as number));
      let days = 0;
      for (const i of v3) days += Math.max(0, Math.min(endOrYearEnd(dec[i] as number, e.end), e.end) - Math.max(decom[i] as number, e.start));
      if (days > 75) rows.push(...v3);
    }
    return rowsAt('367', t, ['LS', 'DECOM', 'DEC'], rows);
  },
});
