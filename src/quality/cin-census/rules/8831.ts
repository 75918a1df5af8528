import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { isYes } from '../values.js';

/** 8831: a referral with no further action has no assessment, s47 enquiry or conference. */
export const rule = cinRule({
  code: '8831',
  kind: 'error',
  message: 'Activity is recorded against a case marked as a referral with no further action',
  tables: ['CINdetails', 'Assessments', 'Section47'],
  fields: ['ReferralNFA', 'AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'DateOfInitialCPC'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (!isYes(e.nfa)) return;
      const a = e.assessments.find((x) => x.start || x.auth);
      const s = e.s47s.find((x) => x.start);
      if (a || s || e.icpc) {
        out.push(hit('8831', c, 'CINdetails', {
          ReferralNFA: e.nfa, AssessmentActualStartDate: a?.start ?? null, AssessmentAuthorisationDate: a?.auth ?? null,
          S47ActualStartDate: s?.start ?? null, DateOfInitialCPC: e.icpc,
        }));
      }
    }),
});
