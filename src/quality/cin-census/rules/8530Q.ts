import { addDays, addMonths, isoToDay } from '../../../model/dates.js';
import { cinRule, eachChild, hit } from '../rule-kit.js';
import { day } from '../values.js';

/** 8530Q: an expected date of birth lies from 30 days before to 9 months after the reference date (both ends excluded). */
export const rule = cinRule({
  code: '8530Q',
  kind: 'query',
  message: 'Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
  tables: ['ChildIdentifiers'],
  fields: ['ExpectedPersonBirthDate'],
  years: {},
  check: (data, ctx) => {
    const earliest = isoToDay(addDays(ctx.yearEnd, -30));
    const latest = isoToDay(addMonths(ctx.yearEnd, 9));
    return eachChild(data, (c, out) => {
      const d = day(c.expectedBirth);
      if (d !== null && (d <= earliest || d >= latest)) out.push(hit('8530Q', c, 'ChildIdentifiers', { ExpectedPersonBirthDate: c.expectedBirth }));
    });
  },
});
