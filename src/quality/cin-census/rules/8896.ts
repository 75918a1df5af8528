import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8896',
  kind: 'error',
  message: 'Within one CINDetails group there are 2 or more open Assessments groups',
  tables: ['Assessments'],
  fields: ['AssessmentAuthorisationDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const open = e.assessments.filter((a) => !a.auth);
      if (open.length > 1) out.push(hit('8896', c, 'Assessments', { CINreferralDate: e.referral, AssessmentActualStartDate: open.map((a) => a.start ?? '').join(', ') }));
    }),
});
