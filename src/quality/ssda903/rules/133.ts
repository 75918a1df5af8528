import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({
  code: '133',
  message: 'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid.',
  table: 'OC3',
  field: 'ACCOM',
  codes: CODES.accom,
  blank: 'error',
});
