import { cinRule, eachEpisode, hit } from '../rule-kit.js';

/** 2990: an episode closed after assessment with no further action (RC8) has no s47, conference or plan. */
export const rule = cinRule({
  code: '2990',
  kind: 'error',
  message: 'Activity is recorded against a case marked as ‘Case closed after assessment, no further action’.',
  tables: ['CINdetails', 'Section47', 'ChildProtectionPlans', 'CINplanDates'],
  fields: ['ReasonForClosure', 'DateOfInitialCPC'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.closeReason !== 'RC8') return;
      const what = [e.s47s.length && 'Section47', e.cpps.length && 'ChildProtectionPlans', e.icpc && 'DateOfInitialCPC', e.plans.length && 'CINPlanDates'].filter(Boolean);
      if (what.length) out.push(hit('2990', c, 'CINdetails', { ReasonForClosure: e.closeReason, Recorded: what.join(', ') }));
    }),
});
