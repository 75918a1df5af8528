import { cinRule, eachS47, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8615',
  kind: 'error',
  message: 'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
  tables: ['Section47'],
  fields: ['S47ActualStartDate', 'DateOfInitialCPC'],
  years: {},
  check: (data) =>
    eachS47(data, (c, _e, s, out) => {
      const icpc = day(s.icpc);
      if (icpc === null) return;
      const start = day(s.start);
      if (!s.start || (start !== null && start > icpc)) out.push(hit('8615', c, 'Section47', { S47ActualStartDate: s.start, DateOfInitialCPC: s.icpc }));
    }),
});
