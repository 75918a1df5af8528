import { census, cinRule, eachEpisode, hit } from '../rule-kit.js';
import { day } from '../values.js';

/**
 * 8863: within one episode, an assessment does not start on or between another's start and
 * authorisation (or, for one not authorised, its start and the reference date).
 */
export const rule = cinRule({
  code: '8863',
  kind: 'error',
  message: 'An Assessment is shown as starting when there is another Assessment ongoing',
  tables: ['Assessments'],
  fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  years: {},
  check: (data, ctx) =>
    eachEpisode(data, (c, e, out) => {
      if (e.assessments.length < 2) return;
      const end = census(ctx).end;
      for (const a of e.assessments) {
        const s = day(a.start);
        if (s === null) continue;
        const other = e.assessments.find((o) => {
          const os = day(o.start);
          if (o === a || os === null || s < os) return false;
          const oa = day(o.auth);
          return s <= (oa ?? end);
        });
        if (other) out.push(hit('8863', c, 'Assessments', { AssessmentActualStartDate: a.start, OtherAssessmentActualStartDate: other.start, OtherAssessmentAuthorisationDate: other.auth }));
      }
    }),
});
