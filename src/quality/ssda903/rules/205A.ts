import type { Ssda903Return } from '../../../sources/ssda903/table.js';
import { lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

/** The children a return records as UASC (the UASC table, or the XML Header's UASC flag), with their DUC. */
function uascChildren(ret: Ssda903Return): Map<string, number> {
  const out = new Map<string, number>();
  const u = ret.tables.UASC;
  const ids = u.text('CHILD');
  const duc = u.day('DUC');
  for (let i = 0; i < u.length; i++) out.set(ids[i] ?? '', duc[i] as number);
  return out;
}

/** A child UASC last year and not this year must have stopped being UASC by last year's end: DUC given, on or before it. */
export const rule = defineRule({
  code: '205A',
  message: 'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
  tables: ['Header', 'UASC'],
  fields: ['CHILD'],
  previousYear: true,
  check: (e) => {
    const before = uascChildren(lastYear(e));
    const now = uascChildren(e.cur);
    const ids = e.t.Header.text('CHILD');
    const lastEnd = e.start - 1;
    return rowsWhere('205A', e.t.Header, ['CHILD'], (i) => {
      const id = ids[i] ?? '';
      if (!before.has(id) || now.has(id)) return false;
      const duc = before.get(id) as number;
      return Number.isNaN(duc) || duc > lastEnd;
    });
  },
});
