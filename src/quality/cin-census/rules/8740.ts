import { cinRule, eachS47, hit, inCensus } from '../rule-kit.js';
import { day, isNo } from '../values.js';

export const rule = cinRule({
  code: '8740',
  kind: 'error',
  message: 'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
  tables: ['Section47'],
  fields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
  years: {},
  check: (data, ctx) =>
    eachS47(data, (c, _e, s, out) => {
      const start = day(s.start);
      if (!s.icpc && isNo(s.notRequired) && start !== null && !inCensus(ctx, start)) {
        out.push(hit('8740', c, 'Section47', { S47ActualStartDate: s.start, DateOfInitialCPC: s.icpc, ICPCnotRequired: s.notRequired }));
      }
    }),
});
