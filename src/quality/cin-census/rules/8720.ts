import { census, cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8720',
  kind: 'error',
  message: 'Child Protection Plan Start Date missing or out of data collection period',
  tables: ['ChildProtectionPlans'],
  fields: ['CPPstartDate'],
  years: {},
  check: (data, ctx) =>
    eachCpp(data, (c, _e, p, out) => {
      const start = day(p.start);
      if (!p.start || (start !== null && start > census(ctx).end)) out.push(hit('8720', c, 'ChildProtectionPlans', { CPPstartDate: p.start }));
    }),
});
