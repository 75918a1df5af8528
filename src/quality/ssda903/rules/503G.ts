import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503G',
  message: 'The placement postcode in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PL_POST'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503G', 'PL_POST'),
});
