import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503H',
  message: 'The Ofsted URN in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['URN'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503H', 'URN'),
});
