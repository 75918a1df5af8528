import { ABUSE_CATEGORIES } from '../../../model/cin-census.js';
import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '8910',
  kind: 'error',
  message: 'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  tables: ['ChildProtectionPlans'],
  fields: ['LatestCategoryOfAbuse'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      if (!inList(p.latest, ABUSE_CATEGORIES)) out.push(hit('8910', c, 'ChildProtectionPlans', { CPPstartDate: p.start, LatestCategoryOfAbuse: p.latest }));
    }),
});
