import { cinRule, eachChild, hit } from '../rule-kit.js';

/** 1550: character 13 is a digit, or a letter other than I, O and S (a temporary UPN). */
export const rule = cinRule({
  code: '1550',
  kind: 'error',
  message: 'UPN invalid (character 13 not a recognised value)',
  tables: ['ChildIdentifiers'],
  fields: ['UPN'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.upn && c.upn.length === 13 && !/[0-9A-HJ-NPQRT-Z]/.test(c.upn[12] as string)) out.push(hit('1550', c, 'ChildIdentifiers', { UPN: c.upn }));
    }),
});
