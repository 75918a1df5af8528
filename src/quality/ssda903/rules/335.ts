import type { ReturnFinding } from '../../returns/return-rule.js';
import { defineRule, hit } from '../rule.js';

const WITH_FOSTER_CARER = new Set(['A2', 'A3', 'A5']);
const NOT_WITH_FOSTER_CARER = new Set(['A1', 'A4', 'A6']);
const ADOPTED = new Set(['E1', 'E11', 'E12']);

export const rule = defineRule({
  code: '335',
  message:
    'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.',
  tables: ['Episodes', 'AD1'],
  fields: ['PLACE', 'FOSTER_CARE'],
  check: (e) => {
    const ep = e.t.Episodes;
    const ids = ep.text('CHILD');
    const rec = ep.text('REC');
    const place = ep.text('PLACE');
    const ad1 = e.t.AD1;
    const ad1Rows = ad1.byChild();
    const foster = ad1.text('FOSTER_CARE');
    const out: ReturnFinding[] = [];
    for (let i = 0; i < ep.length; i++) {
      if (!ADOPTED.has(rec[i] ?? '')) continue;
      for (const a of ad1Rows.get(ids[i] ?? '') ?? []) {
        const f = foster[a];
        if ((WITH_FOSTER_CARER.has(place[i] ?? '') && f === '0') || (NOT_WITH_FOSTER_CARER.has(place[i] ?? '') && f === '1')) {
          out.push(hit('335', ep, i, ['PLACE', 'REC']), hit('335', ad1, a, ['FOSTER_CARE']));
        }
      }
    }
    return out;
  },
});
