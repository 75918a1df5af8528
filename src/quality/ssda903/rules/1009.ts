import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '1009', message: 'Reason for placement change is not a valid code.', table: 'Episodes', field: 'REASON_PLACE_CHANGE', codes: CODES.reasonPlaceChange, blank: 'allowed' });
