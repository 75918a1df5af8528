import { census, cinRule, eachChild, hit } from '../rule-kit.js';
import { day, isNo } from '../values.js';

/**
 * 8820: a child's episodes do not overlap. An episode's referral date may not fall on or after
 * another's referral and before its closure (or, when that one is open and went on to further
 * action, on or before the reference date). One episode may close the day the next is referred.
 */
export const rule = cinRule({
  code: '8820',
  kind: 'error',
  message: 'The dates on the CIN episodes for this child overlap',
  tables: ['CINdetails'],
  fields: ['CINreferralDate', 'CINclosureDate'],
  years: {},
  check: (data, ctx) =>
    eachChild(data, (c, out) => {
      const end = census(ctx).end;
      for (const e of c.episodes) {
        const r = day(e.referral);
        if (r === null) continue;
        const other = c.episodes.find((o) => {
          if (o === e) return false;
          const or = day(o.referral);
          if (or === null || r < or) return false;
          const oc = day(o.closure);
          return oc !== null ? r < oc : !o.closure && isNo(o.nfa) && r <= end;
        });
        if (other) out.push(hit('8820', c, 'CINdetails', { CINreferralDate: e.referral, OtherCINreferralDate: other.referral, OtherCINclosureDate: other.closure }));
      }
    }),
});
