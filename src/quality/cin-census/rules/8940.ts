import { allOf, census, cinRule, eachChildWith, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 8940: a child's CP plans do not overlap: no plan starts on or between another's start and
 * end (or the reference date, for one still open).
 */
export const rule = cinRule({
  code: '8940',
  kind: 'error',
  message: 'Child Protection Plan data contains overlapping dates',
  tables: ['ChildProtectionPlans'],
  fields: ['CPPstartDate', 'CPPendDate'],
  years: {},
  check: (data, ctx) =>
    eachChildWith(data, 'cpps', (c, out) => {
      const plans = allOf(c, (e) => e.cpps).map((x) => x.item);
      if (plans.length < 2) return;
      const end = census(ctx).end;
      for (const p of plans) {
        const s = day(p.start);
        if (s === null) continue;
        const other = plans.find((o) => {
          const os = day(o.start);
          return o !== p && os !== null && s >= os && s <= (day(o.end) ?? end);
        });
        if (other) out.push(hit('8940', c, 'ChildProtectionPlans', { CPPstartDate: p.start, OtherCPPstartDate: other.start, OtherCPPendDate: other.end }));
      }
    }),
});
