import { cinRule, eachAssessment, hit } from '../rule-kit.js';

/** 8614: factors are identified when an assessment is completed (authorised), not before. */
export const rule = cinRule({
  code: '8614',
  kind: 'error',
  message: 'Parental or child factors at assessment should only be present for a completed assessment.',
  tables: ['Assessments'],
  fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
  years: {},
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      if (!a.auth && a.factors.some((f) => f !== '')) {
        out.push(hit('8614', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentAuthorisationDate: a.auth, AssessmentFactors: a.factors.join(', ') }));
      }
    }),
});
