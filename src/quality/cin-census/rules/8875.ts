import { cinRule, eachS47, hit } from '../rule-kit.js';
import { day, weekday } from '../values.js';

export const rule = cinRule({
  code: '8875',
  kind: 'error',
  message: 'The Date of Initial Child Protection Conference cannot be a weekend',
  tables: ['Section47'],
  fields: ['DateOfInitialCPC'],
  years: {},
  check: (data) =>
    eachS47(data, (c, _e, s, out) => {
      const d = day(s.icpc);
      if (d !== null && weekday(d) >= 5) out.push(hit('8875', c, 'Section47', { DateOfInitialCPC: s.icpc }));
    }),
});
