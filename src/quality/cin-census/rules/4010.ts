import { census, cinRule, eachPlan, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4010',
  kind: 'error',
  message: 'CIN Plan start date is missing or out of data collection period',
  tables: ['CINplanDates'],
  fields: ['CINPlanStartDate'],
  years: {},
  check: (data, ctx) =>
    eachPlan(data, (c, _e, p, out) => {
      const s = day(p.start);
      if (!p.start || (s !== null && s > census(ctx).end)) out.push(hit('4010', c, 'CINplanDates', { CINPlanStartDate: p.start }));
    }),
});
