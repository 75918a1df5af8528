import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { isYes } from '../values.js';

/** 8839: within an episode, at most one s47 enquiry is still waiting for its conference. */
export const rule = cinRule({
  code: '8839',
  kind: 'error',
  message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
  tables: ['Section47'],
  fields: ['DateOfInitialCPC', 'ICPCnotRequired'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      const open = e.s47s.filter((s) => !s.icpc && !isYes(s.notRequired));
      if (open.length > 1) out.push(hit('8839', c, 'Section47', { CINreferralDate: e.referral, S47ActualStartDate: open.map((s) => s.start ?? '').join(', ') }));
    }),
});
