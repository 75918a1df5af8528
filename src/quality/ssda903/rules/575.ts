import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A missing period still open at 31 March needs the placement it started from to be open too. */
export const rule = defineRule({
  code: '575',
  message:
    'If the placement from which the child went missing or away from placement without authorisation ended during the collection year, then the missing/away from placement without authorisation episode must also have ended.',
  tables: ['Missing', 'Episodes'],
  fields: ['MIS_START', 'MIS_END'],
  check: (e) => {
    const t = e.t.Missing;
    const ids = t.text('CHILD');
    const start = t.day('MIS_START');
    const end = t.raw('MIS_END');
    const ep = e.t.Episodes;
    const decom = ep.day('DECOM');
    const dec = ep.day('DEC');
    const order = episodeOrder(e.cur).byChild;
    return rowsWhere('575', t, ['MIS_START', 'MIS_END'], (i) => {
      if (end[i] !== null || Number.isNaN(start[i] as number)) return false;
      const s = start[i] as number;
      const within = (order.get(ids[i] ?? '') ?? []).find((k) => (decom[k] as number) <= s && (Number.isNaN(dec[k] as number) || s < (dec[k] as number)));
      return within !== undefined && (dec[within] as number) <= e.end;
    });
  },
});
