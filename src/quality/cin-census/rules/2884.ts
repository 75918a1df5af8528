import { allOf, cinRule, eachChildWith, hit } from '../rule-kit.js';

/** 2884: one conference is recorded once: on its s47 enquiry, or on the CINdetails when there is none. */
export const rule = cinRule({
  code: '2884',
  kind: 'error',
  message: 'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
  tables: ['Section47', 'CINdetails'],
  fields: ['DateOfInitialCPC'],
  years: {},
  check: (data) =>
    eachChildWith(data, 's47s', (c, out) => {
      const onDetails = new Set(c.episodes.map((e) => e.icpc).filter((d): d is string => !!d));
      if (!onDetails.size) return;
      for (const { item: s } of allOf(c, (e) => e.s47s)) {
        if (s.icpc && onDetails.has(s.icpc)) out.push(hit('2884', c, 'Section47', { DateOfInitialCPC: s.icpc }));
      }
    }),
});
