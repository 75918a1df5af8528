import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '112', message: 'Date should be placed for adoption is not a valid date.', table: 'AD1', field: 'DATE_INT', blank: 'allowed' });
