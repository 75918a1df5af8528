import { cinRule, eachAssessment, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8696',
  kind: 'error',
  message: 'Assessment end date must fall within the census year',
  tables: ['Assessments'],
  fields: ['AssessmentAuthorisationDate'],
  years: {},
  check: (data, ctx) =>
    eachAssessment(data, (c, _e, a, out) => {
      const auth = day(a.auth);
      if (auth !== null && !inCensus(ctx, auth)) out.push(hit('8696', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentAuthorisationDate: a.auth }));
    }),
});
