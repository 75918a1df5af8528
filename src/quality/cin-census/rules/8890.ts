import { census, cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day, isYes } from '../values.js';

/**
 * 8890: within one episode, an s47 enquiry does not start on or between another's start and
 * its conference (or, when that one has no conference and one was not ruled unnecessary, its
 * start and the reference date).
 */
export const rule = cinRule({
  code: '8890',
  kind: 'error',
  message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
  tables: ['Section47'],
  fields: ['S47ActualStartDate', 'DateOfInitialCPC'],
  years: {},
  check: (data, ctx) =>
    eachEpisode(data, (c, e, out) => {
      if (e.s47s.length < 2) return;
      const end = census(ctx).end;
      for (const s of e.s47s) {
        const start = day(s.start);
        if (start === null) continue;
        const other = e.s47s.find((o) => {
          const os = day(o.start);
          if (o === s || os === null || start < os) return false;
          const oi = day(o.icpc);
          if (oi !== null) return start <= oi;
          return !o.icpc && !isYes(o.notRequired) && start <= end;
        });
        if (other) out.push(hit('8890', c, 'Section47', { S47ActualStartDate: s.start, OtherS47ActualStartDate: other.start, OtherDateOfInitialCPC: other.icpc }));
      }
    }),
});
