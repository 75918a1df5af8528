import { cinRule, eachAssessment, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8608',
  kind: 'error',
  message: 'Assessment Start Date cannot be later than its End Date',
  tables: ['Assessments'],
  fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  years: {},
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      const start = day(a.start);
      const auth = day(a.auth);
      if (start !== null && auth !== null && start > auth) out.push(hit('8608', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentAuthorisationDate: a.auth }));
    }),
});
