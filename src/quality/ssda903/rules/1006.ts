import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '1006', message: 'Missing type invalid.', table: 'Missing', field: 'MISSING', codes: CODES.missing, blank: 'allowed' });
