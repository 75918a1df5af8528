import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '176', message: 'The gender of adopter(s) at the date of adoption code is not a valid code.', table: 'AD1', field: 'SEX_ADOPTR', codes: CODES.sexAdoptr, blank: 'allowed' });
