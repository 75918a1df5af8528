import { CODES } from '../../../model/ssda903.js';
import { codeRule } from '../builders.js';

export const rule = codeRule({ code: '120', message: 'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.', table: 'PlacedAdoption', field: 'REASON_PLACED_CEASED', codes: CODES.reasonPlacedCeased, blank: 'allowed' });
