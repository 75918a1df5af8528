import { cinRule, eachChild, hit } from '../rule-kit.js';
import { upnCheckLetter } from '../upn.js';

/** 1510: a 13-character UPN whose characters 2–13 are digits must start with its check letter. */
export const rule = cinRule({
  code: '1510',
  kind: 'error',
  message: 'UPN invalid (wrong check letter at character 1)',
  tables: ['ChildIdentifiers'],
  fields: ['UPN'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (!c.upn || c.upn.length !== 13) return;
      const letter = upnCheckLetter(c.upn.slice(1));
      if (letter !== null && letter !== c.upn[0]?.toUpperCase()) out.push(hit('1510', c, 'ChildIdentifiers', { UPN: c.upn }));
    }),
});
