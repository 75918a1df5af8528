import { ETHNICITY_CODES } from '../../../model/cin-census.js';
import { cinRule, eachChild, hit } from '../rule-kit.js';
import { inList } from '../values.js';

export const rule = cinRule({
  code: '4220',
  kind: 'error',
  message: 'Ethnicity is missing or invalid (see Ethnicity table in CIN Census code set)',
  tables: ['ChildCharacteristics'],
  fields: ['Ethnicity'],
  years: {},
  check: (data) =>
    eachChild(data, (c, out) => {
      if (!inList(c.ethnicity, ETHNICITY_CODES)) out.push(hit('4220', c, 'ChildCharacteristics', { Ethnicity: c.ethnicity }));
    }),
});
