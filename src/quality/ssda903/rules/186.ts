import { addYears, continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** As the DfE tool implements it: a child of SDQ age looked after for 12 months lacking the score or the reason. */
export const rule = defineRule({
  code: '186',
  message:
    'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.',
  tables: ['OC2', 'Episodes'],
  fields: ['SDQ_SCORE', 'SDQ_REASON', 'DOB'],
  check: (e) => {
    const t = e.t.OC2;
    const ids = t.text('CHILD');
    const dob = t.day('DOB');
    const score = t.raw('SDQ_SCORE');
    const reason = t.raw('SDQ_REASON');
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    return rowsWhere('186', t, ['SDQ_SCORE', 'SDQ_REASON', 'DOB'], (i) =>
      addYears(dob[i] as number, 4) <= e.start && addYears(dob[i] as number, 17) > e.end && cla.has(ids[i] ?? '') && score[i] === null && reason[i] === null);
  },
});
