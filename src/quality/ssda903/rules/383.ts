import { CODES } from '../../../model/ssda903.js';
import { episodeOrder } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** After a temporary placement between two episodes, the child goes back to the placement type held before it. */
export const rule = defineRule({
  code: '383',
  message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
  tables: ['Episodes'],
  fields: ['PLACE'],
  check: (e) => {
    const t = e.t.Episodes;
    const place = t.text('PLACE');
    const { prev, next } = episodeOrder(e.cur);
    return rowsWhere('383', t, ['PLACE'], (i) => {
      if (!CODES.temporary.has(place[i] ?? '')) return false;
      const p = prev[i] as number;
      const n = next[i] as number;
      return p >= 0 && n >= 0 && !CODES.temporary.has(place[n] ?? '') && place[n] !== place[p];
    });
  },
});
