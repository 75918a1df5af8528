import { defineRule, rowsWhere } from '../rule.js';

/** Children only ever on short breaks (V3, V4) this year are not reported on motherhood or reviews. */
export const rule = defineRule({
  code: '399',
  message: 'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.',
  tables: ['Header', 'Episodes', 'Reviews'],
  fields: ['MOTHER'],
  check: (e) => {
    const ep = e.t.Episodes;
    const ls = ep.text('LS');
    const h = e.t.Header;
    const ids = h.text('CHILD');
    const mother = h.raw('MOTHER');
    const reviews = e.t.Reviews.byChild();
    const epRows = ep.byChild();
    return rowsWhere('399', h, ['MOTHER'], (i) => {
      const rows = epRows.get(ids[i] ?? '');
      if (!rows || !rows.every((k) => ls[k] === 'V3' || ls[k] === 'V4')) return false;
      return mother[i] !== null || reviews.has(ids[i] ?? '');
    });
  },
});
