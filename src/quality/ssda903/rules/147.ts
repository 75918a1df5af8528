import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '147', message: 'Date episode ceased is not a valid date.', table: 'Episodes', field: 'DEC', blank: 'allowed' });
