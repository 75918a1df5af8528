import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '558',
  message:
    'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date and the reason why the child should no longer be placed for adoption should be left blank.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  check: (e) => {
    const ep = e.t.Episodes;
    const rec = ep.text('REC');
    const eids = ep.text('CHILD');
    const adopted = new Set<string>();
    for (let i = 0; i < ep.length; i++) if (CODES.adopted.has(rec[i] ?? '')) adopted.add(eids[i] ?? '');
    const t = e.t.PlacedAdoption;
    const ids = t.text('CHILD');
    const ceased = t.raw('DATE_PLACED_CEASED');
    const reason = t.raw('REASON_PLACED_CEASED');
    return rowsWhere('558', t, ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], (i) => adopted.has(ids[i] ?? '') && (ceased[i] !== null || reason[i] !== null));
  },
});
