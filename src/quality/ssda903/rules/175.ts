import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '175', message: 'The number of adopter(s) code is not a valid code.', table: 'AD1', field: 'NB_ADOPTR', codes: CODES.nbAdoptr, blank: 'allowed' });
