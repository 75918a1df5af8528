import type { ReturnFinding } from '../returns/return-rule.js';
import { episodeOrder } from './derive.js';
import { lastYear } from './previous.js';
import { type Env, rowsAt } from './rule.js';

/**
 * Pairs each child's episode open at the end of last year with this year's first episode when
 * they are the same episode (the same start date), and reports this year's where `field`
 * differs: a carried-over episode is reported the same way in both years (503A–J).
 */
export function firstEpisodeMismatch(e: Env, code: string, field: string): ReturnFinding[] {
  const prev = lastYear(e);
  const pt = prev.tables.Episodes;
  const pDec = pt.raw('DEC');
  const pDecom = pt.day('DECOM');
  const pv = pt.text(field);
  const t = e.t.Episodes;
  const decom = t.day('DECOM');
  const v = t.text(field);
  const current = episodeOrder(e.cur).byChild;
  const rows: number[] = [];
  for (const [child, order] of episodeOrder(prev).byChild) {
    const open = order[order.length - 1] as number;
    if (pDec[open] !== null || Number.isNaN(pDecom[open] as number)) continue;
    const first = current.get(child)?.[0];
    if (first !== undefined && decom[first] === pDecom[open] && (v[first] ?? null) !== (pv[open] ?? null)) rows.push(first);
  }
  return rowsAt(code, t, [field, 'DECOM'], rows);
}
