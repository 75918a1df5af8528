import { latestEpisode } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '577',
  message: 'Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.',
  tables: ['Missing', 'Episodes'],
  fields: ['MIS_END'],
  check: (e) => {
    const t = e.t.Missing;
    const ids = t.text('CHILD');
    const end = t.raw('MIS_END');
    const rec = e.t.Episodes.text('REC');
    const dec = e.t.Episodes.day('DEC');
    return rowsWhere('577', t, ['MIS_END'], (i) => {
      if (end[i] !== null) return false;
      const last = latestEpisode(e.cur, ids[i] ?? '');
      return last !== undefined && rec[last] !== null && rec[last] !== 'X1' && (dec[last] as number) <= e.end;
    });
  },
});
