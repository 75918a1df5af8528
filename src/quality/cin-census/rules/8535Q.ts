import { cinRule, eachChild, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 8535Q: a date of death is on or after the date of birth. A child with a death date but no
 * birth date is asked about too, unless it was expected to be born after that date (a death
 * before birth: the only case where no birth date is right).
 */
export const rule = cinRule({
  code: '8535Q',
  kind: 'query',
  message: 'Child’s date of death should not be prior to the date of birth',
  tables: ['ChildIdentifiers'],
  fields: ['PersonDeathDate', 'PersonBirthDate'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      const death = day(c.death);
      if (death === null) return;
      const dob = day(c.birth);
      const expected = day(c.expectedBirth);
      const bad = dob !== null ? dob > death : !(expected !== null && expected > death);
      if (bad) out.push(hit('8535Q', c, 'ChildIdentifiers', { PersonDeathDate: c.death, PersonBirthDate: c.birth }));
    }),
});
