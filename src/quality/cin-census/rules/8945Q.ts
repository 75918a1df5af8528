import { cinRule, eachAssessment, hit } from '../rule-kit.js';

/** 8945Q (from 2024/25): factor 18A is split into 18B (child on child) and 18C (adult on child). */
export const rule = cinRule({
  code: '8945Q',
  kind: 'query',
  message: "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
  tables: ['Assessments'],
  fields: ['AssessmentFactors'],
  years: { from: 2025 },
  check: (data) =>
    eachAssessment(data, (c, _e, a, out) => {
      if (a.factors.some((f) => f.toUpperCase() === '18A')) out.push(hit('8945Q', c, 'Assessments', { AssessmentActualStartDate: a.start, AssessmentFactors: '18A' }));
    }),
});
