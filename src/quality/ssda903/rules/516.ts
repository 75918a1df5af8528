import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

/** E45 and E46 are special guardianship orders made to former foster carers: the child was fostered. */
export const rule = defineRule({
  code: '516',
  message:
    'The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year. If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.',
  tables: ['Episodes'],
  fields: ['REC', 'PLACE'],
  check: (e) => {
    const rec = e.t.Episodes.text('REC');
    const place = e.t.Episodes.text('PLACE');
    return rowsWhere('516', e.t.Episodes, ['REC', 'PLACE'], (i) => (rec[i] === 'E45' || rec[i] === 'E46') && !CODES.foster.has(place[i] ?? ''));
  },
});
