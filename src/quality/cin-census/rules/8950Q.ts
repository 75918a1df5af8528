import { cinRule, eachAssessment, hit } from '../rule-kit.js';

/** 8950Q (from 2024/25): factor 19A is split into 19B (child on child) and 19C (adult on child). */
export const rule = cinRule({
  code: '8950Q',
  kind: 'query',
  message: "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
  tables: ['Assessments'],
  fields: ['AssessmentFactors'],
  years: { from: 2025 },
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      if (a.factors.some((f) => f.toUpperCase() === '19A')) out.push(hit('8950Q', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentFactors: '19A' }));
    }),
});
