import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '525',
  message: 'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  check: (e) => {
    const ep = e.t.Episodes;
    const rec = ep.text('REC');
    const dec = ep.day('DEC');
    const adopted = new Set<string>();
    const ids = ep.text('CHILD');
    for (let i = 0; i < ep.length; i++) if (CODES.adopted.has(rec[i] ?? '') && (dec[i] as number) >= e.start) adopted.add(ids[i] ?? '');
    const t = e.t.PlacedAdoption;
    const pids = t.text('CHILD');
    const ceased = t.raw('DATE_PLACED_CEASED');
    return rowsWhere('525', t, ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'], (i) => ceased[i] !== null && adopted.has(pids[i] ?? ''));
  },
});
