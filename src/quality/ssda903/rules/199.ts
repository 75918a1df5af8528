import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

/**
 * A child adopted from care (an episode ending E11 or E12) does not come back into the same
 * record: any episode starting on or after an adoption episode, in this year's or last year's
 * return, is reported (the adoption episode itself is not).
 */
export const rule = defineRule({
  code: '199',
  message: 'Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]',
  tables: ['Episodes'],
  fields: ['CHILD', 'DECOM'],
  check: (e) => {
    const firstAdoption = new Map<string, number>();
    for (const ret of [e.prev, e.cur]) {
      if (!ret) continue;
      const t = ret.tables.Episodes;
      const ids = t.text('CHILD');
      const rec = t.text('REC');
      const decom = t.day('DECOM');
      for (let i = 0; i < t.length; i++) {
        const d = decom[i] as number;
        if (!CODES.adopted.has(rec[i] ?? '') || Number.isNaN(d)) continue;
        const id = ids[i] ?? '';
        const known = firstAdoption.get(id);
        if (known === undefined || d < known) firstAdoption.set(id, d);
      }
    }
    const t = e.t.Episodes;
    const ids = t.text('CHILD');
    const rec = t.text('REC');
    const decom = t.day('DECOM');
    return rowsWhere('199', t, ['CHILD', 'DECOM', 'REC'], (i) => {
      const first = firstAdoption.get(ids[i] ?? '');
      if (first === undefined || !((decom[i] as number) >= first)) return false;
      return !(decom[i] === first && CODES.adopted.has(rec[i] ?? ''));
    });
  },
});
