import { defineRule, rowsWhere } from '../../rule.js';

/** The social worker's Social Work England number (SW…), or XX… when the worker has none (an agency or unqualified worker). */
export const rule = defineRule({
  code: 'SW02STG1',
  message: 'Social worker ID (SW_ID) is missing or does not begin with SW (Social Work England registration number) or XX.',
  tables: ['SWEpisodes'],
  fields: ['SW_ID'],
  years: { from: 2024 },
  check: (e) => {
    const id = e.t.SWEpisodes.text('SW_ID');
    return rowsWhere('SW02STG1', e.t.SWEpisodes, ['SW_ID'], (i) => !/^(SW|XX)[A-Z0-9]+$/.test(id[i] ?? ''));
  },
});
