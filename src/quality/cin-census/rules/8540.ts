import { DISABILITY_CODES } from '../../../model/cin-census.js';
import { cinRule, eachChild, hit } from '../rule-kit.js';
import { inList } from '../values.js';

/** 8540: each <Disability> holds a code of the list (NONE for a child with none). */
export const rule = cinRule({
  code: '8540',
  kind: 'error',
  message: 'Child’s disability is missing or invalid (see Disability table in CIN Census code set)',
  tables: ['Disabilities'],
  fields: ['Disability'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      for (const d of c.disabilities) if (!inList(d, DISABILITY_CODES)) out.push(hit('8540', c, 'Disabilities', { Disability: d }));
    }),
});
