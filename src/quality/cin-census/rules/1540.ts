import { cinRule, eachChild, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '1540',
  kind: 'error',
  message: 'UPN invalid (characters 5-12 not all numeric)',
  tables: ['ChildIdentifiers'],
  fields: ['UPN'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.upn && /\D/.test(c.upn.slice(4, 12))) out.push(hit('1540', c, 'ChildIdentifiers', { UPN: c.upn }));
    }),
});
