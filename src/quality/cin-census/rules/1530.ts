import { UPN_LA_CODES_2023, UPN_LA_CODES_2024 } from '../../../model/cin-census.js';
import { type CinRule, cinRule, eachChild, hit } from '../rule-kit.js';

/** 1530: characters 2–4 of a 13-character UPN are the LA (or pseudo-LA) code that issued it. */
function upnLaCode(codes: readonly string[], years: CinRule['years']): CinRule {
  const valid = new Set(codes);
  return cinRule({
    code: '1530',
    kind: 'error',
    message: 'UPN invalid (characters 2-4 not a recognised LA code)',
    tables: ['ChildIdentifiers'],
    fields: ['UPN'],
    years,
    check: (data) =>
      eachChild(data, (c, out) => {
        if (c.upn && c.upn.length === 13 && !valid.has(c.upn.slice(1, 4))) out.push(hit('1530', c, 'ChildIdentifiers', { UPN: c.upn }));
      }),
  });
}

export const rule = upnLaCode(UPN_LA_CODES_2023, {});
/** 2023/24 recognises two new LA codes, 942 and 943. */
export const rule2024 = upnLaCode(UPN_LA_CODES_2024, {});
