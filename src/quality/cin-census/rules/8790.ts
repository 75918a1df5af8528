import { cinRule, eachChild, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8790',
  kind: 'error',
  message: 'Disability information includes both None and other values',
  tables: ['Disabilities'],
  fields: ['Disability'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (c.disabilities.some((d) => d.toUpperCase() === 'NONE') && c.disabilities.some((d) => d.toUpperCase() !== 'NONE')) {
        out.push(hit('8790', c, 'Disabilities', { Disability: c.disabilities.join(', ') }));
      }
    }),
});
