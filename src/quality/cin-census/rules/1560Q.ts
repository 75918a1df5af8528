import { cinRule, eachChild, hit } from '../rule-kit.js';

/** 1560Q: a former UPN has the UPN's form: a letter, 11 digits, then a digit or (temporary) a letter. */
export const rule = cinRule({
  code: '1560Q',
  kind: 'query',
  message: 'Please check: Former UPN wrongly formatted',
  tables: ['ChildIdentifiers'],
  fields: ['FormerUPN'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.formerUpn && !/^[A-Za-z]\d{11}[0-9A-Za-z]$/.test(c.formerUpn)) out.push(hit('1560Q', c, 'ChildIdentifiers', { FormerUPN: c.formerUpn }));
    }),
});
