import { latestEpisode } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '578',
  message: 'The date that the child started to be missing is after the child ceased to be looked after.',
  tables: ['Missing', 'Episodes'],
  fields: ['MIS_START'],
  check: (e) => {
    const t = e.t.Missing;
    const ids = t.text('CHILD');
    const start = t.day('MIS_START');
    const rec = e.t.Episodes.text('REC');
    const dec = e.t.Episodes.day('DEC');
    return rowsWhere('578', t, ['MIS_START'], (i) => {
      const last = latestEpisode(e.cur, ids[i] ?? '');
      return last !== undefined && rec[last] !== null && rec[last] !== 'X1' && (start[i] as number) > (dec[last] as number);
    });
  },
});
