import { addYears, continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A child turning 4 or 17 during the year, looked after for 12 months, has a score or a reason for none. */
export const rule = defineRule({
  code: '197B',
  message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
  tables: ['OC2', 'Episodes'],
  fields: ['SDQ_SCORE', 'SDQ_REASON', 'DOB'],
  check: (e) => {
    const t = e.t.OC2;
    const ids = t.text('CHILD');
    const dob = t.day('DOB');
    const score = t.raw('SDQ_SCORE');
    const reason = t.raw('SDQ_REASON');
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    const within = (d: number) => d >= e.start && d <= e.end;
    return rowsWhere('197B', t, ['SDQ_SCORE', 'SDQ_REASON', 'DOB'], (i) =>
      (within(addYears(dob[i] as number, 4)) || within(addYears(dob[i] as number, 17))) && cla.has(ids[i] ?? '') && score[i] === null && reason[i] === null);
  },
});
