import { cinRule, eachAssessment, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8898',
  kind: 'error',
  message: 'The assessment has more than one parental or child factors with the same code',
  tables: ['Assessments'],
  fields: ['AssessmentFactors'],
  years: {},
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      const given = a.factors.filter((f) => f !== '');
      const repeated = given.filter((f, i) => given.indexOf(f) !== i);
      if (repeated.length) out.push(hit('8898', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentFactors: [...new Set(repeated)].join(', ') }));
    }),
});
