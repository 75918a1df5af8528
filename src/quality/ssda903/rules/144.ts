import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '144', message: 'The legal status code is not a valid code.', table: 'Episodes', field: 'LS', codes: CODES.ls, blank: 'error' });
