import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '113', message: 'Date matching child and adopter(s) is not a valid date.', table: 'AD1', field: 'DATE_MATCH', blank: 'allowed' });
