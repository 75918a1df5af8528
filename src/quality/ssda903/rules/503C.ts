import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503C',
  message: 'The category of need in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['CIN'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503C', 'CIN'),
});
