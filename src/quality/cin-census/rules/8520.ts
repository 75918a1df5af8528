import { census, cinRule, eachChild, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8520',
  kind: 'error',
  message: 'Date of Birth is after data collection period (must be on or before the end of the census period)',
  tables: ['ChildIdentifiers'],
  fields: ['PersonBirthDate'],
  years: {},
  check: (data, ctx) =>
    eachChild(data, (c, out) => {
      const dob = day(c.birth);
      if (dob !== null && dob > census(ctx).end) out.push(hit('8520', c, 'ChildIdentifiers', { PersonBirthDate: c.birth }));
    }),
});
