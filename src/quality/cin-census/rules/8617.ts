import { cinRule, eachAssessment, hit } from '../rule-kit.js';

/** 8617: factor 8A (private fostering) was split into 8B–8F and is no longer a code. */
export const rule = cinRule({
  code: '8617',
  kind: 'error',
  message: 'Code 8A has been returned. This code is not a valid code.',
  tables: ['Assessments'],
  fields: ['AssessmentFactors'],
  years: {},
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      if (a.factors.some((f) => f.toUpperCase() === '8A')) out.push(hit('8617', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentFactors: '8A' }));
    }),
});
