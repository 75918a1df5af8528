import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8915',
  kind: 'error',
  message: 'Child Protection Plan shown as starting after the child’s Date of Death',
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  fields: ['CPPstartDate', 'PersonDeathDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      const death = day(c.death);
      const d = day(p.start);
      if (death !== null && d !== null && d > death) out.push(hit('8915', c, 'ChildProtectionPlans', { CPPstartDate: p.start, PersonDeathDate: c.death }));
    }),
});
