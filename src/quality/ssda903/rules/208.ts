import { headerValues, lastYear } from '../previous.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '208',
  message: 'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.',
  tables: ['Header'],
  fields: ['UPN'],
  previousYear: true,
  check: (e) => {
    const last = headerValues(lastYear(e), 'UPN');
    const ids = e.t.Header.text('CHILD');
    const upn = e.t.Header.text('UPN');
    return rowsWhere('208', e.t.Header, ['UPN'], (i) => {
      const before = last.get(ids[i] ?? '') ?? null;
      return before !== null && !/^UN[1-5]$/.test(before) && before !== (upn[i] ?? null);
    });
  },
});
