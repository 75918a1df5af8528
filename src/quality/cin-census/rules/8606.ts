import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

/** 8606: a child can be referred before birth, but not more than 280 days (40 weeks) before it. */
export const rule = cinRule({
  code: '8606',
  kind: 'error',
  message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
  tables: ['CINdetails', 'ChildIdentifiers'],
  fields: ['CINreferralDate', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const ref = day(e.referral);
      if (ref === null) return;
      const dob = day(c.birth);
      const expected = day(c.expectedBirth);
      if ((dob !== null && ref < dob - 280) || (expected !== null && ref < expected - 280)) {
        out.push(hit('8606', c, 'CINdetails', { CINreferralDate: e.referral, PersonBirthDate: c.birth, ExpectedPersonBirthDate: c.expectedBirth }));
      }
    }),
});
