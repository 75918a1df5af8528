import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '631', message: 'Previous permanence option not a valid value.', table: 'PrevPerm', field: 'PREV_PERM', codes: CODES.prevPerm, blank: 'allowed' });
