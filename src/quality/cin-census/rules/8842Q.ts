import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

/** 8842Q: each review record holds a date (an empty CPPreviewDate, or a Reviews group with none, is asked about). */
export const rule = cinRule({
  code: '8842Q',
  kind: 'query',
  message: 'Please check: Review Record has a missing date',
  tables: ['Reviews'],
  fields: ['CPPreviewDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      for (const r of p.reviews) if (day(r) === null) out.push(hit('8842Q', c, 'Reviews', { CPPstartDate: p.start, CPPreviewDate: r }));
    }),
});
