import { CODES } from '../../../model/ssda903.js';
import { latestEpisode } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '557',
  message:
    'Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  check: (e) => {
    const t = e.t.PlacedAdoption;
    const ids = t.text('CHILD');
    const placed = t.raw('DATE_PLACED');
    const ceased = t.raw('DATE_PLACED_CEASED');
    const reason = t.raw('REASON_PLACED_CEASED');
    const rec = e.t.Episodes.text('REC');
    const dec = e.t.Episodes.day('DEC');
    return rowsWhere('557', t, ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], (i) => {
      if (placed[i] === null || (ceased[i] !== null && reason[i] !== null)) return false;
      const last = latestEpisode(e.cur, ids[i] ?? '');
      if (last === undefined) return false;
      const r = rec[last] ?? null;
      return r !== null && r !== 'X1' && !CODES.adopted.has(r) && (dec[last] as number) >= e.start;
    });
  },
});
