import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '4004',
  kind: 'error',
  message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
  tables: ['CINplanDates'],
  fields: ['CINPlanEndDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const open = e.plans.filter((p) => !p.end);
      if (open.length > 1) out.push(hit('4004', c, 'CINplanDates', { CINPlanStartDate: open.map((p) => p.start ?? '').join(', '), CINPlanEndDate: null }));
    }),
});
