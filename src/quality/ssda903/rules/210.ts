import { ymdToDay } from '../../../model/dates.js';
import type { ReturnFinding } from '../../returns/return-rule.js';
import { headerRows } from '../derive.js';
import { defineRule, hit } from '../rule.js';

/** UN4 means "looked after for under a week at 31 March": no episode may start on or after 24 March. */
export const rule = defineRule({
  code: '210',
  message: 'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.',
  tables: ['Header', 'Episodes'],
  fields: ['UPN', 'DECOM'],
  check: (e) => {
    const h = e.t.Header;
    const upn = h.text('UPN');
    const ep = e.t.Episodes;
    const ids = ep.text('CHILD');
    const decom = ep.day('DECOM');
    const cutoff = ymdToDay(e.year, 3, 24);
    const rows = headerRows(e.cur);
    const out: ReturnFinding[] = [];
    const headerHits = new Set<number>();
    for (let i = 0; i < ep.length; i++) {
      const r = rows.get(ids[i] ?? '');
      if (r === undefined || upn[r] !== 'UN4' || !((decom[i] as number) >= cutoff)) continue;
      out.push(hit('210', ep, i, ['DECOM']));
      headerHits.add(r);
    }
    for (const r of [...headerHits].sort((a, b) => a - b)) out.push(hit('210', h, r, ['UPN']));
    return out;
  },
});
