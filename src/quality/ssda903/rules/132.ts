import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '132', message: 'Data entry for activity after leaving care is invalid.', table: 'OC3', field: 'ACTIV', codes: CODES.activ, blank: 'error' });
