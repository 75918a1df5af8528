import { cinRule, eachChild, hit } from '../rule-kit.js';
import { isNo } from '../values.js';

/** 8772: UN7 says the child was referred with no further action, so no episode may have gone further. */
export const rule = cinRule({
  code: '8772',
  kind: 'error',
  message: 'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
  tables: ['ChildIdentifiers', 'CINdetails'],
  fields: ['UPNunknown', 'ReferralNFA'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.upnUnknown !== 'UN7') return;
      const further = c.episodes.find((e) => isNo(e.nfa));
      if (further) out.push(hit('8772', c, 'ChildIdentifiers', { UPNunknown: c.upnUnknown, CINreferralDate: further.referral, ReferralNFA: further.nfa }));
    }),
});
