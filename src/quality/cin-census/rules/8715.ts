import { cinRule, eachS47, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8715',
  kind: 'error',
  message: 'Date of Initial Child Protection Conference must fall within the census year',
  tables: ['Section47'],
  fields: ['DateOfInitialCPC'],
  years: {},
  check: (data, ctx) =>
    eachS47(data, (c, _e, s, out) => {
      const icpc = day(s.icpc);
      if (icpc !== null && !inCensus(ctx, icpc)) out.push(hit('8715', c, 'Section47', { S47ActualStartDate: s.start, DateOfInitialCPC: s.icpc }));
    }),
});
