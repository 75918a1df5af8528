import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '196', message: 'Strengths and Difficulties (SDQ) reason is not a valid code.', table: 'OC2', field: 'SDQ_REASON', codes: CODES.sdqReason, blank: 'allowed' });
