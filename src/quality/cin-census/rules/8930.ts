import { cinRule, eachCpp, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8930',
  kind: 'error',
  message: 'Child Protection Plan End Date must fall within the census year',
  tables: ['ChildProtectionPlans'],
  fields: ['CPPendDate'],
  years: {},
  check: (data, ctx) =>
    eachCpp(data, (c, _e, p, out) => {
      const end = day(p.end);
      if (end !== null && !inCensus(ctx, end)) out.push(hit('8930', c, 'ChildProtectionPlans', { CPPstartDate: p.start, CPPendDate: p.end }));
    }),
});
