import { dateRule } from '../../builders.js';

export const rule = dateRule({ code: 'SW01STG1', message: 'Social worker episode start date (SW_DECOM) is missing or is not a valid date.', table: 'SWEpisodes', field: 'SW_DECOM', blank: 'error', years: { from: 2024 } });
