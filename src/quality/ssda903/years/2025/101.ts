import { CODES } from '../../../../model/ssda903.js';
import { codeRule } from '../../builders.js';

/** From 2024/25 sex is recorded as M, F or U (not known), as in the CIN Census. */
export const rule = codeRule({ code: '101', message: 'Sex code is not valid (M, F or U).', table: 'Header', field: 'SEX', codes: CODES.sexLetters, blank: 'error', years: { from: 2025 } });
