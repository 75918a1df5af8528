import { CLOSURE_REASONS } from '../../../model/cin-census.js';
import { cinRule, eachEpisode, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '8640',
  kind: 'error',
  message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
  tables: ['CINdetails'],
  fields: ['ReasonForClosure'],
  years: {},
  check: (data) =>
    eachEpisode(data, (c, e, out) => {
      if (e.closeReason && !inList(e.closeReason, CLOSURE_REASONS)) out.push(hit('8640', c, 'CINdetails', { ReasonForClosure: e.closeReason }));
    }),
});
