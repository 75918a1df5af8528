import { cinRule, eachS47, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '2889',
  kind: 'error',
  message: 'The S47 start date cannot be before the referral date.',
  tables: ['Section47', 'CINdetails'],
  fields: ['S47ActualStartDate', 'CINreferralDate'],
  years: {},
  check: (data) =>
    eachS47(data, (c, e, s, out) => {
      const start = day(s.start);
      const ref = day(e.referral);
      if (start !== null && ref !== null && start < ref) out.push(hit('2889', c, 'Section47', { S47ActualStartDate: s.start, CINreferralDate: e.referral }));
    }),
});
