import { ymdToDay } from '../../../model/dates.js';
import { cinRule, eachChild, hit } from '../rule-kit.js';
import { day, isNo } from '../values.js';

/**
 * 8770Q: a child of school age whose referral went on to further action should have a UPN, or
 * a reason it has none other than UN1 (under school age). School age: born on or before 31
 * August four years before the 31 August that follows the census year, as the DfE tool counts.
 */
export const rule = cinRule({
  code: '8770Q',
  kind: 'query',
  message: 'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
  tables: ['ChildIdentifiers'],
  fields: ['UPN', 'UPNunknown', 'PersonBirthDate'],
  years: {},
  check: (data, ctx) => {
    const refYear = Number(ctx.yearEnd.slice(0, 4));
    const cutoff = ymdToDay(refYear - 4, 8, 31);
    return eachChild(data, (c, out) => {
      const dob = day(c.birth);
      if (dob === null || dob > cutoff || c.upn) return;
      if (c.upnUnknown && /^UN[2-7]$/.test(c.upnUnknown)) return;
      if (!c.episodes.some((e) => isNo(e.nfa))) return;
      out.push(hit('8770Q', c, 'ChildIdentifiers', { UPN: c.upn, UPNunknown: c.upnUnknown, PersonBirthDate: c.birth }));
    });
  },
});
