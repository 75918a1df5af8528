import type { Ssda903Return } from '../../sources/ssda903/table.js';
import { remember } from './derive.js';
import type { Env } from './rule.js';

/** Last year's return; rules comparing with it run only when it is given (the runner sees to that). */
export function lastYear(e: Env): Ssda903Return {
  if (!e.prev) throw new Error('this rule compares with last year\'s return, and none was given');
  return e.prev;
}

/** A Header column's value per child in a return (the first row of each child), upper-cased. */
export function headerValues(ret: Ssda903Return, column: string): ReadonlyMap<string, string | null> {
  return remember(ret, `headerValues:${column}`, () => {
    const h = ret.tables.Header;
    const v = h.text(column);
    const m = new Map<string, string | null>();
    for (const [child, rows] of h.byChild()) m.set(child, v[rows[0] as number] ?? null);
    return m;
  });
}
