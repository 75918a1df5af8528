import { cinRule, eachS47, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '1104',
  kind: 'error',
  message: 'The date of the initial child protection conference cannot be before the referral date',
  tables: ['Section47', 'CINdetails'],
  fields: ['DateOfInitialCPC', 'CINreferralDate'],
  years: {},
  check: (data) =>
    eachS47(data, (c, e, s, out) => {
      const icpc = day(s.icpc);
      const ref = day(e.referral);
      if (icpc !== null && ref !== null && icpc < ref) out.push(hit('1104', c, 'Section47', { DateOfInitialCPC: s.icpc, CINreferralDate: e.referral }));
    }),
});
