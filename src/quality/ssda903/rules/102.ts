import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '102', message: 'Date of Birth is not a valid date.', table: 'Header', field: 'DOB', blank: 'error' });
