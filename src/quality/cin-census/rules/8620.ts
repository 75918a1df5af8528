import { cinRule, eachEpisode, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8620',
  kind: 'error',
  message: 'CIN Closure Date present and does not fall within the Census year',
  tables: ['CINdetails'],
  fields: ['CINclosureDate'],
  years: {},
  check: (data, ctx) =>
    eachEpisode(data, (c, e, out) => {
      const closed = day(e.closure);
      if (closed !== null && !inCensus(ctx, closed)) out.push(hit('8620', c, 'CINdetails', { CINclosureDate: e.closure }));
    }),
});
