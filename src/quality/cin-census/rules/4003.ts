import { census, cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 4003: within an episode, a CP review is not held while a CIN plan is open (from its start to
 * its end, or the reference date when it has none), unless the review ended the CP plan (the
 * step-down conference, whose date is the plan's end).
 */
export const rule = cinRule({
  code: '4003',
  kind: 'error',
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
  tables: ['Reviews', 'CINplanDates', 'ChildProtectionPlans'],
  fields: ['CPPreviewDate', 'CINPlanStartDate', 'CINPlanEndDate', 'CPPendDate'],
  years: {},
  check: (data, ctx) =>
    eachEpisode(data, (c, e, out) => {
      if (!e.plans.length || !e.cpps.length) return;
      const end = census(ctx).end;
      for (const p of e.cpps) {
        for (const r of p.reviews) {
          const rd = day(r);
          if (rd === null || r === p.end) continue;
          const plan = e.plans.find((pl) => {
            const s = day(pl.start);
            return s !== null && rd >= s && rd <= (day(pl.end) ?? end);
          });
          if (plan) out.push(hit('4003', c, 'Reviews', { CPPreviewDate: r, CINPlanStartDate: plan.start, CINPlanEndDate: plan.end, CPPendDate: p.end }));
        }
      }
    }),
});
