import { cinRule, eachChild, hit } from '../rule-kit.js';
import { isNo } from '../values.js';

/** 8815: a child has at most one open episode that went on to further action (open NFA referrals aside). */
export const rule = cinRule({
  code: '8815',
  kind: 'error',
  message: 'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
  tables: ['CINdetails'],
  fields: ['CINclosureDate', 'ReferralNFA'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      const open = c.episodes.filter((e) => !e.closure && isNo(e.nfa));
      if (open.length > 1) for (const e of open) out.push(hit('8815', c, 'CINdetails', { CINreferralDate: e.referral, CINclosureDate: e.closure, ReferralNFA: e.nfa }));
    }),
});
