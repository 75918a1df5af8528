import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { isYes } from '../values.js';

export const rule = cinRule({
  code: '8832',
  kind: 'error',
  message: 'Child Protection details provided for a referral with no further action.',
  tables: ['ChildProtectionPlans', 'CINdetails'],
  fields: ['ReferralNFA', 'CPPstartDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (isYes(e.nfa) && e.cpps.length) out.push(hit('8832', c, 'ChildProtectionPlans', { ReferralNFA: e.nfa, CPPstartDate: e.cpps[0]?.start ?? null }));
    }),
});
