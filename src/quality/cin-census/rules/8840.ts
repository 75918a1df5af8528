import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8840',
  kind: 'error',
  message: 'Child Protection Plan cannot start and end on the same day',
  tables: ['ChildProtectionPlans'],
  fields: ['CPPstartDate', 'CPPendDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      const start = day(p.start);
      if (start !== null && start === day(p.end)) out.push(hit('8840', c, 'ChildProtectionPlans', { CPPstartDate: p.start, CPPendDate: p.end }));
    }),
});
