import { allOf, cinRule, eachChildWith, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8935',
  kind: 'error',
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
  tables: ['ChildProtectionPlans'],
  fields: ['CPPendDate'],
  years: {},
  check: (data) =>
    eachChildWith(data, 'cpps', (c, out) => {
      const open = allOf(c, (e) => e.cpps).filter((x) => !x.item.end);
      if (open.length > 1) out.push(hit('8935', c, 'ChildProtectionPlans', { CPPstartDate: open.map((x) => x.item.start ?? '').join(', '), CPPendDate: null }));
    }),
});
