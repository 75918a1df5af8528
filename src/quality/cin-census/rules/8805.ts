import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8805',
  kind: 'error',
  message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
  tables: ['CINdetails'],
  fields: ['CINclosureDate', 'ReasonForClosure'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.closure && !e.closeReason) out.push(hit('8805', c, 'CINdetails', { CINclosureDate: e.closure, ReasonForClosure: e.closeReason }));
    }),
});
