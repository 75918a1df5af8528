import { cinRule, eachS47, hit } from '../rule-kit.js';
import { day, weekday } from '../values.js';

export const rule = cinRule({
  code: '8870Q',
  kind: 'query',
  message: 'Please check: The Target Date for Initial Child Protection Conference should not be a weekend',
  tables: ['Section47'],
  fields: ['InitialCPCtarget'],
  years: {},
  check: (data) =>
    eachS47(data, (c, _e, s, out) => {
      const d = day(s.target);
      if (d !== null && weekday(d) >= 5) out.push(hit('8870Q', c, 'Section47', { InitialCPCtarget: s.target }));
    }),
});
