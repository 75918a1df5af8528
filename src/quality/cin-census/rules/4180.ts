import { GENDER_CODES, SEX_CODES } from '../../../model/cin-census.js';
import { type CinRule, cinRule, eachChild, hit } from '../rule-kit.js';
import { inList } from '../values.js';

/** 4180: the child's sex is given, as a code of the year's list. */
function sexCode(element: 'GenderCurrent' | 'Sex', codes: readonly string[], message: string, years: CinRule['years']): CinRule {
  return cinRule({
    code: '4180',
    kind: 'error',
    message,
    tables: ['ChildIdentifiers'],
    fields: [element],
    years,
    check: (data) =>
      eachChild(data, (c, out) => {
        const value = element === 'Sex' ? c.sex : c.gender;
        if (!inList(value, codes)) out.push(hit('4180', c, 'ChildIdentifiers', { [element]: value }));
      }),
  });
}

export const rule = sexCode('GenderCurrent', GENDER_CODES, 'Gender is missing or an invalid code (see Gender table in CIN Census code set)', {});
/** 2024/25: Sex, coded M, F or U. */
export const rule2025 = sexCode('Sex', SEX_CODES, 'Sex is missing or an invalid code (see Sex table in CIN Census code set)', {});
