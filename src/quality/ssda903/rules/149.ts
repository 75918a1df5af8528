import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '149', message: 'Reason episode ceased code is not valid.', table: 'Episodes', field: 'REC', codes: CODES.rec, blank: 'allowed' });
