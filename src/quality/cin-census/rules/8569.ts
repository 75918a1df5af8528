import { cinRule, eachEpisode, hit, workingDaysBefore } from '../rule-kit.js';
import { day, isYes } from '../values.js';

/**
 * 8569: a referral made before the working day preceding 1 April belongs to an earlier year and
 * cannot be a no-further-action referral in this one (those are returned only for the year they
 * were made in, give or take the decision's one working day).
 */
export const rule = cinRule({
  code: '8569',
  kind: 'error',
  message: 'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
  tables: ['CINdetails'],
  fields: ['CINreferralDate', 'ReferralNFA'],
  years: {},
  check: (data, ctx) => {
    const limit = workingDaysBefore(data.calendar, ctx.yearStart, 1);
    return eachEpisode(data, (c, e, out) => {
      const ref = day(e.referral);
      if (ref !== null && ref < limit && isYes(e.nfa)) out.push(hit('8569', c, 'CINdetails', { CINreferralDate: e.referral, ReferralNFA: e.nfa }));
    });
  },
});
