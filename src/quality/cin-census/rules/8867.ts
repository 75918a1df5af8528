import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8867',
  kind: 'error',
  message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
  tables: ['CINdetails', 'Assessments'],
  fields: ['CINclosureDate', 'AssessmentAuthorisationDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (!e.closure) return;
      for (const a of e.assessments) {
        if (!a.auth) out.push(hit('8867', c, 'CINdetails', { CINclosureDate: e.closure, AssessmentActualStartDate: a.start, AssessmentAuthorisationDate: a.auth }));
      }
    }),
});
