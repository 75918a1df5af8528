import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '177', message: 'The legal status of adopter(s) code is not a valid code.', table: 'AD1', field: 'LS_ADOPTR', codes: CODES.lsAdoptr, blank: 'allowed' });
