import { allOf, census, cinRule, eachChildWith, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 4017: a CP plan does not start while a CIN plan is open: on or after the CIN plan's start and
 * before its end (or on or before the reference date, when it has none). Starting on the day
 * the CIN plan ends (a step up) is expected.
 */
export const rule = cinRule({
  code: '4017',
  kind: 'error',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  tables: ['ChildProtectionPlans', 'CINplanDates'],
  fields: ['CPPstartDate', 'CINPlanStartDate', 'CINPlanEndDate'],
  years: {},
  check: (data, ctx) =>
    eachChildWith(data, 'plans', (c, out) => {
      const plans = allOf(c, (e) => e.plans).map((x) => x.item);
      if (!plans.length) return;
      const end = census(ctx).end;
      for (const { item: q } of allOf(c, (e) => e.cpps)) {
        const s = day(q.start);
        if (s === null) continue;
        const plan = plans.find((p) => {
          const ps = day(p.start);
          const pe = day(p.end);
          return ps !== null && s >= ps && (pe !== null ? s < pe : s <= end);
        });
        if (plan) out.push(hit('4017', c, 'ChildProtectionPlans', { CPPstartDate: q.start, CINPlanStartDate: plan.start, CINPlanEndDate: plan.end }));
      }
    }),
});
