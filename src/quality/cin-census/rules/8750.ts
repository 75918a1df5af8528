import { type CinRule, cinRule, eachChild, hit } from '../rule-kit.js';

/** 8750: an unborn child (expected date of birth, no date of birth) has no recorded sex yet. */
function unborn(element: 'GenderCurrent' | 'Sex', value: string, message: string, years: CinRule['years']): CinRule {
  return cinRule({
    code: '8750',
    kind: 'error',
    message,
    tables: ['ChildIdentifiers'],
    fields: [element, 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    years,
    check: (data) =>
      eachChild(data, (c, out) => {
        const sex = element === 'Sex' ? c.sex : c.gender;
        if (!c.birth && c.expectedBirth && sex !== value) {
          out.push(hit('8750', c, 'ChildIdentifiers', { [element]: sex, PersonBirthDate: c.birth, ExpectedPersonBirthDate: c.expectedBirth }));
        }
      }),
  });
}

export const rule = unborn('GenderCurrent', '0', 'Gender must equal 0 for an unborn child', {});
/** 2024/25: Sex (M, F, U) replaces GenderCurrent; an unborn child's is U. */
export const rule2025 = unborn('Sex', 'U', 'Sex must equal U for an unborn child', {});
