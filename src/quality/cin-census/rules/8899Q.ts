import { census, cinRule, eachAssessment, hit } from '../rule-kit.js';
import { day } from '../values.js';

/** 8899Q: a disabled child's assessment completed in the year records a disability factor (5A or 6A). */
export const rule = cinRule({
  code: '8899Q',
  kind: 'query',
  message: 'Please check: A child identified as having a disability does not have a disability factor recorded at the end of assessment.',
  tables: ['Assessments', 'Disabilities'],
  fields: ['AssessmentFactors', 'Disability'],
  years: {},
  check: (data, ctx) =>
    eachAssessment(data, (c, _e, a, out) => {
      const disabled = c.disabilities.filter((d) => d && d.toUpperCase() !== 'NONE');
      const auth = day(a.auth);
      if (disabled.length === 0 || auth === null || auth < census(ctx).start) return;
      if (!a.factors.includes('5A') && !a.factors.includes('6A')) {
        out.push(hit('8899Q', c, 'Assessments', { AssessmentAuthorisationDate: a.auth, AssessmentFactors: a.factors.join(', '), Disability: disabled.join(', ') }));
      }
    }),
});
