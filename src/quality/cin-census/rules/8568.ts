import { YES_NO_VALUES } from '../../../model/cin-census.js';
import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '8568',
  kind: 'error',
  message: 'RNFA flag is missing or invalid',
  tables: ['CINdetails'],
  fields: ['ReferralNFA'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (!inList(e.nfa, YES_NO_VALUES)) out.push(hit('8568', c, 'CINdetails', { CINreferralDate: e.referral, ReferralNFA: e.nfa }));
    }),
});
