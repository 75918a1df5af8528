import { cinRule, eachEpisode, hit } from '../rule-kit.js';

export const rule = cinRule({
  code: '8585Q',
  kind: 'query',
  message: 'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death',
  tables: ['CINdetails', 'ChildIdentifiers'],
  fields: ['ReasonForClosure', 'PersonDeathDate'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.closeReason === 'RC2' && !c.death) out.push(hit('8585Q', c, 'CINdetails', { ReasonForClosure: e.closeReason, PersonDeathDate: c.death }));
    }),
});
