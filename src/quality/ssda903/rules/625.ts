import { latestEpisode } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** The mother's child cannot be born after the year ends, nor after the mother left care. */
export const rule = defineRule({
  code: '625',
  message: 'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.',
  tables: ['Header', 'Episodes'],
  fields: ['MC_DOB', 'DEC'],
  check: (e) => {
    const h = e.t.Header;
    const ids = h.text('CHILD');
    const mc = h.day('MC_DOB');
    const dec = e.t.Episodes.day('DEC');
    const rec = e.t.Episodes.text('REC');
    return rowsWhere('625', h, ['MC_DOB'], (i) => {
      const m = mc[i] as number;
      if (Number.isNaN(m)) return false;
      if (m > e.end) return true;
      const last = latestEpisode(e.cur, ids[i] ?? '');
      return last !== undefined && rec[last] !== null && rec[last] !== 'X1' && m > (dec[last] as number);
    });
  },
});
