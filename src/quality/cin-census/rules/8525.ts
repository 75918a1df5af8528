import { cinRule, eachChild, hit } from '../rule-kit.js';

/** 8525: a child is either born (date of birth) or unborn (expected date of birth), never both or neither. */
export const rule = cinRule({
  code: '8525',
  kind: 'error',
  message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
  tables: ['ChildIdentifiers'],
  fields: ['PersonBirthDate', 'ExpectedPersonBirthDate'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (!c.birth === !c.expectedBirth) out.push(hit('8525', c, 'ChildIdentifiers', { PersonBirthDate: c.birth, ExpectedPersonBirthDate: c.expectedBirth }));
    }),
});
