import { cinRule, eachPlan, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4009',
  kind: 'error',
  message: 'CIN Plan cannot end after the child’s Date of Death',
  tables: ['CINplanDates', 'ChildIdentifiers'],
  fields: ['CINPlanEndDate', 'PersonDeathDate'],
  years: {},
  check: (data) =>
    eachPlan(data, (c, _e, p, out) => {
      const death = day(c.death);
      const d = day(p.end);
      if (death !== null && d !== null && d > death) out.push(hit('4009', c, 'CINplanDates', { CINPlanEndDate: p.end, PersonDeathDate: c.death }));
    }),
});
