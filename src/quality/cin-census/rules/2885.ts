import { cinRule, eachCpp, hit, inCensus } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 2885: a CP plan starting in the census year starts on the day of the conference that made
 * it: an s47 enquiry's DateOfInitialCPC in the same episode, or the episode's own one.
 */
export const rule = cinRule({
  code: '2885',
  kind: 'error',
  message: 'Child protection plan shown as starting a different day to the initial child protection conference.',
  tables: ['ChildProtectionPlans', 'Section47', 'CINdetails'],
  fields: ['CPPstartDate', 'DateOfInitialCPC'],
  years: {},
  check: (data, ctx) =>
    eachCpp(data, (c, e, p, out) => {
      const start = day(p.start);
      if (start === null || !inCensus(ctx, start)) return;
      const conferences = [e.icpc, ...e.s47s.map((s) => s.icpc)].filter((d): d is string => !!d);
      if (!conferences.some((d) => day(d) === start)) {
        out.push(hit('2885', c, 'ChildProtectionPlans', { CPPstartDate: p.start, DateOfInitialCPC: conferences.join(', ') || null }));
      }
    }),
});
