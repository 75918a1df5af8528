import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '114', message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.', table: 'AD1', field: 'FOSTER_CARE', codes: CODES.zeroOne, blank: 'allowed' });
