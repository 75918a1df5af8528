import { cinRule, eachPlan, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4011',
  kind: 'error',
  message: 'CIN Plan End Date earlier than Start Date',
  tables: ['CINplanDates'],
  fields: ['CINPlanEndDate', 'CINPlanStartDate'],
  years: {},
  check: (data) =>
    eachPlan(data, (c, _e, p, out) => {
      const s = day(p.start);
      const en = day(p.end);
      if (s !== null && en !== null && en < s) out.push(hit('4011', c, 'CINplanDates', { CINPlanEndDate: p.end, CINPlanStartDate: p.start }));
    }),
});
