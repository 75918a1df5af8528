import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503B',
  message: 'The legal status in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['LS'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503B', 'LS'),
});
