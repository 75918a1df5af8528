import { legalStatusRuns } from '../derive.js';
import { defineRule, rowsAt } from '../rule.js';

/** Consecutive L2 episodes (continuations) are one order: their span counts, the year's end standing in while open. */
export const rule = defineRule({
  code: '362',
  message: 'Emergency protection order (EPO) lasted longer than 21 days.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  check: (e) => {
    const rows = legalStatusRuns(e.cur, new Set(['L2']), e.end).filter((r) => r.end - r.start > 21).flatMap((r) => r.rows);
    return rowsAt('362', e.t.Episodes, ['LS', 'DECOM', 'DEC'], rows);
  },
});
