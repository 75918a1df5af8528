import { legalStatusRuns } from '../derive.js';
import { defineRule, rowsAt } from '../rule.js';

/** Consecutive L3 episodes (continuations) are one order: their span counts, the year's end standing in while open. */
export const rule = defineRule({
  code: '363',
  message: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  check: (e) => {
    const rows = legalStatusRuns(e.cur, new Set(['L3']), e.end).filter((r) => r.end - r.start > 7).flatMap((r) => r.rows);
    return rowsAt('363', e.t.Episodes, ['LS', 'DECOM', 'DEC'], rows);
  },
});
