import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { isYes } from '../values.js';

export const rule = cinRule({
  code: '4000',
  kind: 'error',
  message: 'CIN Plan details provided for a referral with no further action',
  tables: ['CINplanDates', 'CINdetails'],
  fields: ['ReferralNFA', 'CINPlanStartDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (isYes(e.nfa) && e.plans.length) out.push(hit('4000', c, 'CINplanDates', { ReferralNFA: e.nfa, CINPlanStartDate: e.plans[0]?.start ?? null }));
    }),
});
