import { allOf, census, cinRule, eachChildWith, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 4016: a CIN plan does not start while a CP plan is open: on or after the CP plan's start and
 * before its end (or on or before the reference date, when it has none). Starting on the day
 * the CP plan ends (a step down) is expected.
 */
export const rule = cinRule({
  code: '4016',
  kind: 'error',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  tables: ['CINplanDates', 'ChildProtectionPlans'],
  fields: ['CINPlanStartDate', 'CPPstartDate', 'CPPendDate'],
  years: {},
  check: (data, ctx) =>
    eachChildWith(data, 'cpps', (c, out) => {
      const cpps = allOf(c, (e) => e.cpps).map((x) => x.item);
      if (!cpps.length) return;
      const end = census(ctx).end;
      for (const { item: p } of allOf(c, (e) => e.plans)) {
        const s = day(p.start);
        if (s === null) continue;
        const cpp = cpps.find((q) => {
          const qs = day(q.start);
          const qe = day(q.end);
          return qs !== null && s >= qs && (qe !== null ? s < qe : s <= end);
        });
        if (cpp) out.push(hit('4016', c, 'CINplanDates', { CINPlanStartDate: p.start, CPPstartDate: cpp.start, CPPendDate: cpp.end }));
      }
    }),
});
