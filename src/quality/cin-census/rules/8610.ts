import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { isNo } from '../values.js';

export const rule = cinRule({
  code: '8610',
  kind: 'error',
  message: 'Primary Need code is missing for a referral which led to further action.',
  tables: ['CINdetails'],
  fields: ['ReferralNFA', 'PrimaryNeedCode'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (isNo(e.nfa) && !e.need) out.push(hit('8610', c, 'CINdetails', { CINreferralDate: e.referral, ReferralNFA: e.nfa, PrimaryNeedCode: e.need }));
    }),
});
