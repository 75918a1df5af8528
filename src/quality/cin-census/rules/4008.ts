import { cinRule, eachPlan, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '4008',
  kind: 'error',
  message: 'CIN Plan shown as starting after the child’s Date of Death.',
  tables: ['CINplanDates', 'ChildIdentifiers'],
  fields: ['CINPlanStartDate', 'PersonDeathDate'],
  years: {},
  check: (data) =>
    eachPlan(data, (c, _e, p, out) => {
      const death = day(c.death);
      const d = day(p.start);
      if (death !== null && d !== null && d > death) out.push(hit('4008', c, 'CINplanDates', { CINPlanStartDate: p.start, PersonDeathDate: c.death }));
    }),
});
