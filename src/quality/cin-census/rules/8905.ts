import { ABUSE_CATEGORIES } from '../../../model/cin-census.js';
import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '8905',
  kind: 'error',
  message: 'Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  tables: ['ChildProtectionPlans'],
  fields: ['InitialCategoryOfAbuse'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      if (!inList(p.initial, ABUSE_CATEGORIES)) out.push(hit('8905', c, 'ChildProtectionPlans', { CPPstartDate: p.start, InitialCategoryOfAbuse: p.initial }));
    }),
});
