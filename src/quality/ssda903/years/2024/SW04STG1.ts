import { defineRule, rowsWhere } from '../../rule.js';

export const rule = defineRule({
  code: 'SW04STG1',
  message: 'Social worker episode end date (SW_DEC) is before its start date (SW_DECOM).',
  tables: ['SWEpisodes'],
  fields: ['SW_DECOM', 'SW_DEC'],
  years: { from: 2024 },
  check: (e) => {
    const start = e.t.SWEpisodes.day('SW_DECOM');
    const end = e.t.SWEpisodes.day('SW_DEC');
    return rowsWhere('SW04STG1', e.t.SWEpisodes, ['SW_DECOM', 'SW_DEC'], (i) => (end[i] as number) < (start[i] as number));
  },
});
