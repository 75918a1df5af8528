import { episodeOrder } from '../derive.js';
import { defineRule, rowsAt } from '../rule.js';

/** A child starting a period of care this year says what permanence arrangement, if any, they had before (Z1: none). */
export const rule = defineRule({
  code: '630',
  message: 'Information on previous permanence option should be returned.',
  tables: ['Episodes', 'PrevPerm'],
  fields: ['RNE', 'DECOM'],
  check: (e) => {
    const pp = e.t.PrevPerm;
    const prevPerm = pp.raw('PREV_PERM');
    const recorded = new Set<string>();
    const pids = pp.text('CHILD');
    for (let i = 0; i < pp.length; i++) if (prevPerm[i] !== null) recorded.add(pids[i] ?? '');
    const ep = e.t.Episodes;
    const rne = ep.text('RNE');
    const decom = ep.day('DECOM');
    const rows: number[] = [];
    for (const [child, order] of episodeOrder(e.cur).byChild) {
      if (recorded.has(child)) continue;
      const start = order.find((k) => rne[k] === 'S' && (decom[k] as number) >= e.start && (decom[k] as number) <= e.end);
      if (start !== undefined) rows.push(start);
    }
    return rowsAt('630', ep, ['RNE', 'DECOM'], rows);
  },
});
