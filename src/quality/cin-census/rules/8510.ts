import { cinRule, eachChild, hit } from '../rule-kit.js';

/** 8510: LAchildID must be unique across the return; every child holding a repeated one is shown. */
export const rule = cinRule({
  code: '8510',
  kind: 'error',
  message: 'More than one child record with the same LA Child ID',
  tables: ['ChildIdentifiers'],
  fields: ['LAchildID'],
  years: {},
  check: (data) => {
    const count = new Map<string, number>();
    for (const c of data.children) if (c.id) count.set(c.id, (count.get(c.id) ?? 0) + 1);
    return eachChild(data, (c, out) => {
      if (c.id && (count.get(c.id) ?? 0) > 1) out.push(hit('8510', c, 'ChildIdentifiers', { LAchildID: c.id }));
    });
  },
});
