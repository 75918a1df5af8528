import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503E',
  message: 'The placement provider in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503E', 'PLACE_PROVIDER'),
});
