import { cinRule, eachAssessment, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

/** 8736: an assessment still open at the reference date started within the census year. */
export const rule = cinRule({
  code: '8736',
  kind: 'error',
  message: 'For an Assessment that has not been completed, the start date must fall within the census year',
  tables: ['Assessments'],
  fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  years: {},
  check: (data, ctx) =>
    eachAssessment(data, (c, _e, a, out) => {
      const start = day(a.start);
      if (!a.auth && start !== null && !inCensus(ctx, start)) out.push(hit('8736', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentAuthorisationDate: a.auth }));
    }),
});
