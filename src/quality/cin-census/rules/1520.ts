import { cinRule, eachChild, hit } from '../rule-kit.js';

/**
 * 1520: a UPN must be unique across the return. The DfE tool raises it once for the authority;
 * here every child holding a repeated UPN is shown, which is what the team needs to fix it.
 */
export const rule = cinRule({
  code: '1520',
  kind: 'error',
  message: 'More than one record with the same UPN',
  tables: ['ChildIdentifiers'],
  fields: ['UPN'],
  years: {},
  check: (data) => {
    const count = new Map<string, number>();
    for (const c of data.children) if (c.upn) count.set(c.upn, (count.get(c.upn) ?? 0) + 1);
    return eachChild(data, (c, out) => {
      if (c.upn && (count.get(c.upn) ?? 0) > 1) out.push(hit('1520', c, 'ChildIdentifiers', { UPN: c.upn }));
    });
  },
});
