import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '145', message: 'Category of need code is not a valid code.', table: 'Episodes', field: 'CIN', codes: CODES.cin, blank: 'error' });
