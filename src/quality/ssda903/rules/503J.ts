import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503J',
  message: 'The reason for placement change in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['REASON_PLACE_CHANGE'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503J', 'REASON_PLACE_CHANGE'),
});
