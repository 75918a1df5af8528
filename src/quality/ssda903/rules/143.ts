import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '143', message: 'The reason for new episode code is not a valid code.', table: 'Episodes', field: 'RNE', codes: CODES.rne, blank: 'error' });
