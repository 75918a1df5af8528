import { dateRule } from '../builders.js';

export const rule = dateRule({ code: '166', message: 'Date of review is invalid or blank.', table: 'Reviews', field: 'REVIEW', blank: 'error' });
