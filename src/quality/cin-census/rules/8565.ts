import type { Text } from '../../../sources/cin-census/records.js';
import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 8565: nothing happens in an episode after it closed: assessments, s47 enquiries, conferences,
 * the end of a CP plan, CIN plans. One finding per episode, naming every later date.
 */
export const rule = cinRule({
  code: '8565',
  kind: 'error',
  message: 'Activity shown after a case has been closed',
  tables: ['CINdetails', 'Assessments', 'Section47', 'ChildProtectionPlans', 'CINplanDates'],
  fields: [
    'CINclosureDate', 'AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'DateOfInitialCPC',
    'CPPendDate', 'CINPlanStartDate', 'CINPlanEndDate',
  ],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const closed = day(e.closure);
      if (closed === null) return;
      const later: Record<string, Text> = {};
      const check = (field: string, t: Text) => {
        const d = day(t);
        if (d !== null && d > closed && later[field] === undefined) later[field] = t;
      };
      check('DateOfInitialCPC', e.icpc);
      for (const a of e.assessments) {
        check('AssessmentActualStartDate', a.start);
        check('AssessmentAuthorisationDate', a.auth);
      }
      for (const s of e.s47s) {
        check('S47ActualStartDate', s.start);
        check('DateOfInitialCPC', s.icpc);
      }
      for (const p of e.cpps) check('CPPendDate', p.end);
      for (const p of e.plans) {
        check('CINPlanStartDate', p.start);
        check('CINPlanEndDate', p.end);
      }
      if (Object.keys(later).length) out.push(hit('8565', c, 'CINdetails', { CINclosureDate: e.closure, ...later }));
    }),
});
