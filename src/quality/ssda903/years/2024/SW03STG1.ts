import { dateRule } from '../../builders.js';

export const rule = dateRule({ code: 'SW03STG1', message: 'Social worker episode end date (SW_DEC) is not a valid date.', table: 'SWEpisodes', field: 'SW_DEC', blank: 'allowed', years: { from: 2024 } });
