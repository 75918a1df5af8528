import { cinRule, eachChild, hit } from '../rule-kit.js';
import { day, isNo } from '../values.js';

/** 8816: the open episode that went on to further action is the child's latest referral. */
export const rule = cinRule({
  code: '8816',
  kind: 'error',
  message: 'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
  tables: ['CINdetails'],
  fields: ['CINreferralDate', 'ReferralNFA'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      let latest: number | null = null;
      for (const e of c.episodes) {
        const d = day(e.referral);
        if (d !== null && (latest === null || d > latest)) latest = d;
      }
      for (const e of c.episodes) {
        const d = day(e.referral);
        if (!e.closure && isNo(e.nfa) && d !== null && latest !== null && d < latest) {
          out.push(hit('8816', c, 'CINdetails', { CINreferralDate: e.referral, ReferralNFA: e.nfa }));
        }
      }
    }),
});
