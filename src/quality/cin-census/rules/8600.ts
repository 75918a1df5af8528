import { census, cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8600',
  kind: 'error',
  message: 'Child referral date missing or after data collection period',
  tables: ['CINdetails'],
  fields: ['CINreferralDate'],
  years: {},
  check: (data, ctx) =>
    eachEpisode(data, (c, e, out) => {
      const ref = day(e.referral);
      if (!e.referral || (ref !== null && ref > census(ctx).end)) out.push(hit('8600', c, 'CINdetails', { CINreferralDate: e.referral }));
    }),
});
