import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

/** Sex was coded 1 (male) or 2 (female) until 2023/24; 2024/25 changed the codes (years/2025/101.ts). */
export const rule = codeRule({ code: '101', message: 'Gender code is not valid.', table: 'Header', field: 'SEX', codes: CODES.sexNumeric, blank: 'error', years: { to: 2024 } });
