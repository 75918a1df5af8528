import { firstEpisodeMismatch } from '../carried-over.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  code: '503F',
  message: 'The home postcode in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['HOME_POST'],
  previousYear: true,
  check: (e) => firstEpisodeMismatch(e, '503F', 'HOME_POST'),
});
