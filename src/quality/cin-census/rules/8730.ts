import { cinRule, eachCpp, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8730',
  kind: 'error',
  message: 'Total Number of previous Child Protection Plans missing',
  tables: ['ChildProtectionPlans'],
  fields: ['NumberOfPreviousCPP'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      if (!p.previous || !/^\d+$/.test(p.previous)) out.push(hit('8730', c, 'ChildProtectionPlans', { CPPstartDate: p.start, NumberOfPreviousCPP: p.previous }));
    }),
});
