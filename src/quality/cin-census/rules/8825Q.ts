import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8825Q',
  kind: 'query',
  message:
    'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.',
  tables: ['CINdetails', 'Assessments'],
  fields: ['ReasonForClosure'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if ((e.closeReason === 'RC8' || e.closeReason === 'RC9') && e.assessments.length === 0) {
        out.push(hit('8825Q', c, 'CINdetails', { CINreferralDate: e.referral, ReasonForClosure: e.closeReason }));
      }
    }),
});
