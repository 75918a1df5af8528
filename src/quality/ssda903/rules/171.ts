import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '171', message: "Date of birth of mother's child is not a valid date.", table: 'Header', field: 'MC_DOB', blank: 'allowed' });
