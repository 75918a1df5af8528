import { CODES } from '../../../../model/ssda903.js';
import { codeRule } from '../../builders.js';

/** 2023/24 adds K3, registered supported accommodation for 16- and 17-year-olds. */
export const rule = codeRule({ code: '146', message: 'Placement type is not a valid code.', table: 'Episodes', field: 'PLACE', codes: CODES.place2024, blank: 'error', years: { from: 2024, to: 2025 } });
