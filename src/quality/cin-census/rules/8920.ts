import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

export const rule = cinRule({
  code: '8920',
  kind: 'error',
  message: 'Child Protection Plan cannot end after the child’s Date of Death',
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  fields: ['CPPendDate', 'PersonDeathDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      const death = day(c.death);
      const d = day(p.end);
      if (death !== null && d !== null && d > death) out.push(hit('8920', c, 'ChildProtectionPlans', { CPPendDate: p.end, PersonDeathDate: c.death }));
    }),
});
