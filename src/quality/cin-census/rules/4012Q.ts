import { cinRule, eachPlan, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4012Q',
  kind: 'query',
  message: 'CIN Plan shown as starting and ending on the same day - please check',
  tables: ['CINplanDates'],
  fields: ['CINPlanStartDate', 'CINPlanEndDate'],
  years: {},
  check: (data) =>
    eachPlan(data, (c, _e, p, out) => {
      const s = day(p.start);
      if (s !== null && s === day(p.end)) out.push(hit('4012Q', c, 'CINplanDates', { CINPlanStartDate: p.start, CINPlanEndDate: p.end }));
    }),
});
