import { allOf, census, cinRule, eachChildWith, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 4014: a child's CIN plans do not overlap: no plan starts on or between another's start and
 * end (or the reference date, for one still open). A plan may start the day after one ends.
 */
export const rule = cinRule({
  code: '4014',
  kind: 'error',
  message: 'CIN Plan data contains overlapping dates',
  tables: ['CINplanDates'],
  fields: ['CINPlanStartDate', 'CINPlanEndDate'],
  years: {},
  check: (data, ctx) =>
    eachChildWith(data, 'plans', (c, out) => {
      const plans = allOf(c, (e) => e.plans).map((x) => x.item);
      if (plans.length < 2) return;
      const end = census(ctx).end;
      for (const p of plans) {
        const s = day(p.start);
        if (s === null) continue;
        const other = plans.find((o) => {
          const os = day(o.start);
          return o !== p && os !== null && s >= os && s <= (day(o.end) ?? end);
        });
        if (other) out.push(hit('4014', c, 'CINplanDates', { CINPlanStartDate: p.start, OtherCINPlanStartDate: other.start, OtherCINPlanEndDate: other.end }));
      }
    }),
});
