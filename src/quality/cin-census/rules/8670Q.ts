import { cinRule, eachAssessment, hit, workingDaysBefore } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 8670Q: an assessment not authorised by the reference date but started more than 45 working
 * days before it. Counted as the DfE tool counts: the reference date is the first of the 45
 * (pandas CustomBusinessDay(44) back from it, England bank holidays), so an assessment started
 * on that 45th working day back is not queried, one started the working day before is.
 */
export const rule = cinRule({
  code: '8670Q',
  kind: 'query',
  message: 'Please check: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
  tables: ['Assessments'],
  fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  years: {},
  check: (data, ctx) => {
    const limit = workingDaysBefore(data.calendar, ctx.yearEnd, 44);
    return eachAssessment(data, (c, _e, a, out) => {
      const start = day(a.start);
      if (!a.auth && start !== null && start < limit) out.push(hit('8670Q', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentAuthorisationDate: a.auth }));
    });
  },
});
