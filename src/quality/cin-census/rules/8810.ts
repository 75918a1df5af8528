import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8810',
  kind: 'error',
  message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
  tables: ['CINdetails'],
  fields: ['ReasonForClosure', 'CINclosureDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.closeReason && !e.closure) out.push(hit('8810', c, 'CINdetails', { ReasonForClosure: e.closeReason, CINclosureDate: e.closure }));
    }),
});
