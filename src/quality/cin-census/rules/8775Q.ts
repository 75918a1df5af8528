import { addYears, isoToDay } from '../../../model/dates.js';
import { cinRule, eachChild, hit } from '../rule-kit.js';
import { day } from '../values.js';

/** 8775Q: a child over 25 at the reference date, with an episode still open (or closed after their 25th birthday). */
export const rule = cinRule({
  code: '8775Q',
  kind: 'query',
  message: 'Please check: Child is over 25 years old',
  tables: ['ChildIdentifiers', 'CINdetails'],
  fields: ['PersonBirthDate', 'CINclosureDate'],
  years: {},
  check: (data, ctx) => {
    const born25Before = isoToDay(addYears(ctx.yearEnd, -25));
    return eachChild(data, (c, out) => {
      const dob = day(c.birth);
      if (dob === null || dob >= born25Before || !c.birth) return;
      const turned25 = isoToDay(addYears(c.birth, 25));
      const late = c.episodes.find((e) => {
        const closed = day(e.closure);
        return closed === null || closed > turned25;
      });
      if (late) out.push(hit('8775Q', c, 'ChildIdentifiers', { PersonBirthDate: c.birth, CINclosureDate: late.closure }));
    });
  },
});
