import type { ReturnFinding } from '../../returns/return-rule.js';
import { anyFilled, continuouslyLookedAfter } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

export const rule = defineRule({
  code: '187',
  message: 'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.',
  tables: ['AD1', 'OC3', 'Episodes'],
  fields: ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  check: (e) => {
    const cla = continuouslyLookedAfter(e.cur, e.start, e.end);
    const out: ReturnFinding[] = [];
    for (const [table, fields] of [
      [e.t.AD1, ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']],
      [e.t.OC3, ['IN_TOUCH', 'ACTIV', 'ACCOM']],
    ] as const) {
      const ids = table.text('CHILD');
      const filled = anyFilled(table, fields);
      out.push(...rowsWhere('187', table, fields, (i) => cla.has(ids[i] ?? '') && filled(i)));
    }
    return out;
  },
});
