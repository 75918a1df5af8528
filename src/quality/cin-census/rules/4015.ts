import { cinRule, eachPlan, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4015',
  kind: 'error',
  message: 'The CIN Plan start date cannot be before the referral date',
  tables: ['CINplanDates', 'CINdetails'],
  fields: ['CINPlanStartDate', 'CINreferralDate'],
  years: {},
  check: (data) =>
    eachPlan(data, (c, e, p, out) => {
      const s = day(p.start);
      const ref = day(e.referral);
      if (s !== null && ref !== null && s < ref) out.push(hit('4015', c, 'CINplanDates', { CINPlanStartDate: p.start, CINreferralDate: e.referral }));
    }),
});
