import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503D',
  message: 'The placement type in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PLACE'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503D', 'PLACE'),
});
