import { latestEpisode } from '../../derive.js';
import { defineRule, rowsAt } from '../../rule.js';

/** A child looked after at 31 March (short breaks aside) has a social worker then: an SW episode open at 31 March. */
export const rule = defineRule({
  code: 'SW12STG2',
  message: 'Child is looked after at 31 March but has no social worker episode covering 31 March.',
  tables: ['Episodes', 'SWEpisodes'],
  fields: ['DEC', 'LS'],
  years: { from: 2024 },
  check: (e) => {
    // Without the table (the XML form has none) there is nothing to judge by.
    if (!e.cur.supplied.has('SWEpisodes')) return [];
    const sw = e.t.SWEpisodes;
    const ids = sw.text('CHILD');
    const start = sw.day('SW_DECOM');
    const end = sw.day('SW_DEC');
    const covered = new Set<string>();
    for (let i = 0; i < sw.length; i++) if ((start[i] as number) <= e.end && (Number.isNaN(end[i] as number) || (end[i] as number) >= e.end)) covered.add(ids[i] ?? '');
    const ep = e.t.Episodes;
    const dec = ep.raw('DEC');
    const ls = ep.text('LS');
    const rows: number[] = [];
    for (const child of ep.byChild().keys()) {
      const last = latestEpisode(e.cur, child);
      if (last !== undefined && dec[last] === null && ls[last] !== 'V3' && ls[last] !== 'V4' && !covered.has(child)) rows.push(last);
    }
    return rowsAt('SW12STG2', ep, ['DEC', 'LS'], rows);
  },
});
