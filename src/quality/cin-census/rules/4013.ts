import { cinRule, eachPlan, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4013',
  kind: 'error',
  message: 'CIN Plan end date must fall within the census year',
  tables: ['CINplanDates'],
  fields: ['CINPlanEndDate'],
  years: {},
  check: (data, ctx) =>
    eachPlan(data, (c, _e, p, out) => {
      const en = day(p.end);
      if (en !== null && !inCensus(ctx, en)) out.push(hit('4013', c, 'CINplanDates', { CINPlanEndDate: p.end }));
    }),
});
