import { cinRule, eachAssessment, hit } from '../rule-kit.js';

/** 8869: factor 21 means no factors were identified, so it stands alone. */
export const rule = cinRule({
  code: '8869',
  kind: 'error',
  message: 'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  tables: ['Assessments'],
  fields: ['AssessmentFactors'],
  years: {},
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      if (a.factors.includes('21') && a.factors.some((f) => f !== '21' && f !== '')) {
        out.push(hit('8869', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentFactors: a.factors.join(', ') }));
      }
    }),
});
