import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503A',
  message: 'The reason for new episode in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['RNE'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503A', 'RNE'),
});
