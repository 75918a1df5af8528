import { headerValues, lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Once a mother, always a mother: a child recorded as a mother last year, with episodes this year, still is. */
export const rule = defineRule({
  code: '207',
  message: 'Mother status for the current year disagrees with the mother status already recorded for this child.',
  tables: ['Header', 'Episodes'],
  fields: ['MOTHER'],
  previousYear: true,
  check: (e) => {
    const last = headerValues(lastYear(e), 'MOTHER');
    const episodes = e.t.Episodes.byChild();
    const ids = e.t.Header.text('CHILD');
    const mother = e.t.Header.text('MOTHER');
    return rowsWhere('207', e.t.Header, ['MOTHER'], (i) => {
      const id = ids[i] ?? '';
      return last.get(id) === '1' && episodes.has(id) && mother[i] !== '1';
    });
  },
});
