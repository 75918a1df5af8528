import { CODES } from '../../../../model/ssda903.js';
import { codeRule } from '../../builders.js';

/** 2025/26 retires H5, P2 and Z1, and splits "other placement" into Z11–Z14 (returns.md, lac2025_26/rule_146). */
export const rule = codeRule({ code: '146', message: 'Placement type is not a valid code.', table: 'Episodes', field: 'PLACE', codes: CODES.place2026, blank: 'error', years: { from: 2026 } });
