import { cinRule, eachChild, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8794',
  kind: 'error',
  message: 'Child has two or more disabilities with the same code',
  tables: ['Disabilities'],
  fields: ['Disability'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      const seen = new Set<string>();
      const reported = new Set<string>();
      for (const d of c.disabilities) {
        if (seen.has(d) && !reported.has(d)) {
          reported.add(d);
          out.push(hit('8794', c, 'Disabilities', { Disability: d }));
        }
        seen.add(d);
      }
    }),
});
