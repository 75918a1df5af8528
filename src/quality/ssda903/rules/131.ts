import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '131', message: 'Data entry for being in touch after leaving care is invalid.', table: 'OC3', field: 'IN_TOUCH', codes: CODES.inTouch, blank: 'error' });
