import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '103', message: 'The ethnicity code is either not valid or has not been entered.', table: 'Header', field: 'ETHNIC', codes: CODES.ethnic, blank: 'error' });
