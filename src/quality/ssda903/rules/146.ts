import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

/** The placement types of 2022/23; later years change the list (years/2024, years/2026). */
export const rule = codeRule({ code: '146', message: 'Placement type is not a valid code.', table: 'Episodes', field: 'PLACE', codes: CODES.place2023, blank: 'error', years: { to: 2023 } });
