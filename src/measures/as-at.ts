import { type IsoDate, addDays, addYears, monthStart } from '../model/dates.js';
import type { Extract } from '../store/extracts.js';
import { dateLit, intLit } from '../store/sql.js';

/** One as-at date to evaluate, with the extract that is current at it and its window bounds. */
export interface AsAtPoint {
  readonly asAt: IsoDate;
  readonly extract: Extract;
}

/**
 * The `asat` relation every cohort query reads: one row per as-at date with its extract and
 * the boundaries the definitions use, computed here once (portable, and no date arithmetic
 * differences between engines).
 */
export function asAtRelation(points: readonly AsAtPoint[]): string {
  if (points.length === 0) throw new RangeError('no as-at dates to evaluate');
  const rows = points.map((p) =>
    [
      dateLit(p.asAt),
      intLit(p.extract.extractId),
      dateLit(monthStart(p.asAt)),
      dateLit(addDays(p.asAt, -42)),
      dateLit(addDays(p.asAt, -365)),
      dateLit(addYears(p.asAt, -2)),
    ].join(', '),
  );
  return `asat (as_at, extract_id, month_start, d_minus_42, d_minus_365, d_minus_2y) AS (VALUES (${rows.join('), (')}))`;
}

/** The extract current at D: the latest as-at on or before D (extracts sorted by as-at). */
export function extractAt(extracts: readonly Extract[], asAt: IsoDate): Extract | null {
  let found: Extract | null = null;
  for (const e of extracts) if (e.asAt <= asAt && (!found || e.asAt > found.asAt || (e.asAt === found.asAt && e.extractId > found.extractId))) found = e;
  return found;
}
