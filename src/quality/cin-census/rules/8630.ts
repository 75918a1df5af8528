import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8630',
  kind: 'error',
  message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
  tables: ['CINdetails'],
  fields: ['CINreferralDate', 'CINclosureDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const ref = day(e.referral);
      const closed = day(e.closure);
      if (ref !== null && closed !== null && closed < ref) out.push(hit('8630', c, 'CINdetails', { CINreferralDate: e.referral, CINclosureDate: e.closure }));
    }),
});
