import { cinRule, eachChild, hit } from '../rule-kit.js';

/** 8500: the LA's own child identifier is the key that links a child's records, year to year. */
export const rule = cinRule({
  code: '8500',
  kind: 'error',
  message: 'LA Child ID missing',
  tables: ['ChildIdentifiers'],
  fields: ['LAchildID'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (!c.id) out.push(hit('8500', c, 'ChildIdentifiers', { LAchildID: c.id }));
    }),
});
