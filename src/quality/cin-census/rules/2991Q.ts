import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '2991Q',
  kind: 'query',
  message: 'Please check: A Section 47 module is recorded and there is no assessment on the episode',
  tables: ['CINdetails', 'Section47', 'Assessments'],
  fields: ['S47ActualStartDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.s47s.length > 0 && e.assessments.length === 0) out.push(hit('2991Q', c, 'CINdetails', { CINreferralDate: e.referral, S47ActualStartDate: e.s47s[0]?.start ?? null }));
    }),
});
