import { ymdToDay } from '../../../model/dates.js';
import { anyFilled } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Previous permanence is collected for periods of care starting from 1 April 2016. */
const FROM = ymdToDay(2016, 4, 1);

export const rule = defineRule({
  code: '634',
  message: 'There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.',
  tables: ['PrevPerm', 'Episodes'],
  fields: ['PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  check: (e) => {
    const ep = e.t.Episodes;
    const rne = ep.text('RNE');
    const decom = ep.day('DECOM');
    const ids = ep.text('CHILD');
    const started = new Set<string>();
    for (let i = 0; i < ep.length; i++) if (rne[i] === 'S' && (decom[i] as number) >= FROM) started.add(ids[i] ?? '');
    const t = e.t.PrevPerm;
    const pids = t.text('CHILD');
    const filled = anyFilled(t, ['PREV_PERM', 'LA_PERM', 'DATE_PERM']);
    return rowsWhere('634', t, ['PREV_PERM', 'LA_PERM', 'DATE_PERM'], (i) => filled(i) && ep.byChild().has(pids[i] ?? '') && !started.has(pids[i] ?? ''));
  },
});
