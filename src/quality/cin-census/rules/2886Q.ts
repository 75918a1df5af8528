import { type CinRule, cinRule, hit } from '../rule-kit.js';

/**
 * 2886Q (return level): more than 2% of the children (unborn children aside) have no sex
 * recorded. The DfE tool divides by every child record, unborn included; so does this.
 */
function noSexShare(element: 'GenderCurrent' | 'Sex', notRecorded: string, message: string, years: CinRule['years']): CinRule {
  return cinRule({
    code: '2886Q',
    kind: 'query',
    message,
    tables: ['ChildIdentifiers'],
    fields: [element, 'ExpectedPersonBirthDate'],
    years,
    check: (data) => {
      const total = data.children.length;
      const missing = data.children.filter((c) => {
        const v = element === 'Sex' ? c.sex : c.gender;
        return !c.expectedBirth && (!v || v === notRecorded);
      }).length;
      return total > 0 && missing / total > 0.02
        ? [hit('2886Q', null, 'ChildIdentifiers', { [element]: `${missing} of ${total} children not recorded` })]
        : [];
    },
  });
}

export const rule = noSexShare('GenderCurrent', '0', 'Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)', {});
/** 2024/25: Sex U is "not recorded". */
export const rule2025 = noSexShare('Sex', 'U', 'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)', {});
