import { lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '560',
  message: 'Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED'],
  previousYear: true,
  check: (e) => {
    const prev = lastYear(e).tables.PlacedAdoption;
    const pPlaced = prev.text('DATE_PLACED');
    const pCeased = prev.raw('DATE_PLACED_CEASED');
    const open = new Map<string, string>();
    const pids = prev.text('CHILD');
    for (let i = 0; i < prev.length; i++) if (pPlaced[i] !== null && pCeased[i] === null) open.set(pids[i] ?? '', pPlaced[i] as string);
    const t = e.t.PlacedAdoption;
    const ids = t.text('CHILD');
    const placed = t.text('DATE_PLACED');
    return rowsWhere('560', t, ['DATE_PLACED'], (i) => {
      const before = open.get(ids[i] ?? '');
      return before !== undefined && placed[i] !== before;
    });
  },
});
