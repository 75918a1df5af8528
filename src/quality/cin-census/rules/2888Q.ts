import { cinRule, hit } from '../rule-kit.js';

/** 2888Q (return level): of the children with a disability (NONE aside), none has more than one recorded. */
export const rule = cinRule({
  code: '2888Q',
  kind: 'query',
  message: 'Please check: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.',
  tables: ['Disabilities'],
  fields: ['Disability'],
  years: {},
  check: (data) => {
    let disabled = 0;
    for (const c of data.children) {
      const n = c.disabilities.filter((d) => d && d.toUpperCase() !== 'NONE').length;
      if (n > 1) return [];
      if (n === 1) disabled++;
    }
    return disabled > 0 ? [hit('2888Q', null, 'Disabilities', { Disability: `${disabled} disabled child(ren), each with one code` })] : [];
  },
});
