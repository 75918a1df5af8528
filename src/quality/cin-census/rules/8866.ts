import { REFERRAL_SOURCES } from '../../../model/cin-census.js';
import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '8866',
  kind: 'error',
  message: 'Source of Referral is missing or an invalid code',
  tables: ['CINdetails'],
  fields: ['ReferralSource'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (!inList(e.source, REFERRAL_SOURCES)) out.push(hit('8866', c, 'CINdetails', { CINreferralDate: e.referral, ReferralSource: e.source }));
    }),
});
