import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8555',
  kind: 'error',
  message: 'Child cannot be referred after its recorded date of death',
  tables: ['CINdetails', 'ChildIdentifiers'],
  fields: ['CINreferralDate', 'PersonDeathDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const death = day(c.death);
      const ref = day(e.referral);
      if (death !== null && ref !== null && ref > death) out.push(hit('8555', c, 'CINdetails', { CINreferralDate: e.referral, PersonDeathDate: c.death }));
    }),
});
