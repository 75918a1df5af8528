import { cinRule, eachChild, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8545Q',
  kind: 'query',
  message: "Please check: Child's date of death should be within the census year",
  tables: ['ChildIdentifiers'],
  fields: ['PersonDeathDate'],
  years: {},
  check: (data, ctx) =>
    eachChild(data, (c, out) => {
      const d = day(c.death);
      if (d !== null && !inCensus(ctx, d)) out.push(hit('8545Q', c, 'ChildIdentifiers', { PersonDeathDate: c.death }));
    }),
});
