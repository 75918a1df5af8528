import { cinRule, eachAssessment, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '1103',
  kind: 'error',
  message: 'The assessment start date cannot be before the referral date',
  tables: ['Assessments', 'CINdetails'],
  fields: ['AssessmentActualStartDate', 'CINreferralDate'],
  years: {},
  check: (data) =>
    eachAssessment(data, (c, e, a, out) => {
      const start = day(a.start);
      const ref = day(e.referral);
      if (start !== null && ref !== null && start < ref) out.push(hit('1103', c, 'Assessments', { AssessmentActualStartDate: a.start, CINreferralDate: e.referral }));
    }),
});
