import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '141', message: 'Date episode began is not a valid date.', table: 'Episodes', field: 'DECOM', blank: 'allowed' });
