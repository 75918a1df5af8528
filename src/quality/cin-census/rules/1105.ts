import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '1105',
  kind: 'error',
  message: 'The child protection plan start date cannot be before the referral date',
  tables: ['ChildProtectionPlans', 'CINdetails'],
  fields: ['CPPstartDate', 'CINreferralDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, e, p, out) => {
      const start = day(p.start);
      const ref = day(e.referral);
      if (start !== null && ref !== null && start < ref) out.push(hit('1105', c, 'ChildProtectionPlans', { CPPstartDate: p.start, CINreferralDate: e.referral }));
    }),
});
