import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '116', message: "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.", table: 'PlacedAdoption', field: 'DATE_PLACED_CEASED', blank: 'allowed' });
