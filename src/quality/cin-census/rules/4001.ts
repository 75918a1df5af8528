import { cinRule, eachEpisode, hit } from '../rule-kit.js';

/** 4001: within an episode, an open CP plan and an open CIN plan cannot both be open at the end of the year. */
export const rule = cinRule({
  code: '4001',
  kind: 'error',
  message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
  tables: ['CINplanDates', 'ChildProtectionPlans'],
  fields: ['CINPlanEndDate', 'CPPendDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const cpp = e.cpps.find((p) => !p.end);
      const plan = e.plans.find((p) => !p.end);
      if (cpp && plan) out.push(hit('4001', c, 'CINplanDates', { CINPlanStartDate: plan.start, CINPlanEndDate: plan.end, CPPstartDate: cpp.start, CPPendDate: cpp.end }));
    }),
});
