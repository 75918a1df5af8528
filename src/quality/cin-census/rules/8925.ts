import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8925',
  kind: 'error',
  message: 'Child Protection Plan End Date earlier than Start Date',
  tables: ['ChildProtectionPlans'],
  fields: ['CPPstartDate', 'CPPendDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      const start = day(p.start);
      const end = day(p.end);
      if (start !== null && end !== null && end < start) out.push(hit('8925', c, 'ChildProtectionPlans', { CPPstartDate: p.start, CPPendDate: p.end }));
    }),
});
