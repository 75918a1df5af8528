import { cinRule, eachCpp, hit } from '../rule-kit.js';
import { day } from '../values.js';

/** 8841: each of a plan's reviews is held after the conference that started it; one finding per review. */
export const rule = cinRule({
  code: '8841',
  kind: 'error',
  message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
  tables: ['ChildProtectionPlans', 'Reviews'],
  fields: ['CPPstartDate', 'CPPreviewDate'],
  years: {},
  check: (data) =>
    eachCpp(data, (c, _e, p, out) => {
      const start = day(p.start);
      if (start === null) return;
      for (const r of p.reviews) {
        const d = day(r);
        if (d !== null && d <= start) out.push(hit('8841', c, 'Reviews', { CPPstartDate: p.start, CPPreviewDate: r }));
      }
    }),
});
