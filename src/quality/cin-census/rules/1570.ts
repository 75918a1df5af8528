import { cinRule, eachChild, hit } from '../rule-kit.js';

/** 1570 (from 2024/25): LAchildID is at most 20 characters. */
export const rule = cinRule({
  code: '1570',
  kind: 'error',
  message: 'LA Child ID must not be longer than 20 characters',
  tables: ['ChildIdentifiers'],
  fields: ['LAchildID'],
  years: { from: 2025 },
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.id && c.id.length > 20) out.push(hit('1570', c, 'ChildIdentifiers', { LAchildID: c.id }));
    }),
});
