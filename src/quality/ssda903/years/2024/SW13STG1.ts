import { CODES } from '../../../../model/ssda903.js';
import { codeRule } from '../../builders.js';

export const rule = codeRule({ code: 'SW13STG1', message: 'Reason for social worker change (SW_REASON) is not a valid code.', table: 'SWEpisodes', field: 'SW_REASON', codes: CODES.swReason, blank: 'allowed', years: { from: 2024 } });
