import { cinRule, eachEpisode, hit } from '../rule-kit.js';

/**
 * 8873: when the episode's only assessment was completed with factor 21 (no factors
 * identified), the episode closes as RC8 (closed after assessment, no further action).
 */
export const rule = cinRule({
  code: '8873',
  kind: 'error',
  message: 'When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ must be used.',
  tables: ['Assessments', 'CINdetails'],
  fields: ['AssessmentFactors', 'ReasonForClosure'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const only = e.assessments.length === 1 ? e.assessments[0] : undefined;
      if (only?.auth && only.factors.includes('21') && e.closeReason !== 'RC8') {
        out.push(hit('8873', c, 'Assessments', { AssessmentActualStartDate: only.start, AssessmentFactors: only.factors.join(', '), ReasonForClosure: e.closeReason }));
      }
    }),
});
