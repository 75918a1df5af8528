import { ASSESSMENT_FACTORS } from '../../../model/cin-census.js';
import { census, cinRule, eachAssessment, hit } from '../rule-kit.js';
import { day } from '../values.js';

const VALID = new Set<string>(ASSESSMENT_FACTORS);

/**
 * 8897: an assessment completed in the census year has at least one factor, each a valid code.
 * (8A has its own rule, 8617, so it is left to that.)
 */
export const rule = cinRule({
  code: '8897',
  kind: 'error',
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  tables: ['Assessments'],
  fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
  years: {},
  check: (data, ctx) =>
    eachAssessment(data, (c, _e, a, out) => {
      const auth = day(a.auth);
      if (auth === null || auth < census(ctx).start) return;
      const given = a.factors.filter((f) => f !== '');
      const invalid = given.filter((f) => !VALID.has(f) && f.toUpperCase() !== '8A');
      if (given.length === 0 || invalid.length > 0) {
        out.push(hit('8897', c, 'Assessments', { AssessmentAuthorisationDate: a.auth, AssessmentFactors: given.length ? a.factors.join(', ') : null }));
      }
    }),
});
