import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '390',
  message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
  tables: ['Episodes'],
  fields: ['REC', 'PLACE'],
  check: (e) => {
    const rec = e.t.Episodes.text('REC');
    const place = e.t.Episodes.text('PLACE');
    return rowsWhere('390', e.t.Episodes, ['REC', 'PLACE'], (i) => CODES.adopted.has(rec[i] ?? '') && !CODES.placedForAdoption.has(place[i] ?? ''));
  },
});
