import { cinRule, eachS47, hit, workingDaysBefore } from '../rule-kit.js';
import { day, isNo } from '../values.js';

/**
 * 8675Q: an s47 enquiry with no conference yet (and one not ruled unnecessary) started more
 * than 15 working days before the reference date, when the conference was due. Counted as the
 * DfE tool counts: the reference date is the first of the 15 (CustomBusinessDay(14) back).
 */
export const rule = cinRule({
  code: '8675Q',
  kind: 'query',
  message: 'Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.',
  tables: ['Section47'],
  fields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
  years: {},
  check: (data, ctx) => {
    const limit = workingDaysBefore(data.calendar, ctx.yearEnd, 14);
    return eachS47(data, (c, _e, s, out) => {
      const start = day(s.start);
      if (!s.icpc && isNo(s.notRequired) && start !== null && start < limit) {
        out.push(hit('8675Q', c, 'Section47', { S47ActualStartDate: s.start, DateOfInitialCPC: s.icpc, ICPCnotRequired: s.notRequired }));
      }
    });
  },
});
