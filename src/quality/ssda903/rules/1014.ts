import { anyFilled } from '../derive.js';
import { defineRule, rowsWhere } from '../rule.js';

/** A care leaver reported in OC3 who was not looked after this year needs no UASC row. */
export const rule = defineRule({
  code: '1014',
  message: 'UASC information is not required for care leavers.',
  tables: ['UASC', 'OC3', 'Episodes'],
  fields: ['CHILD', 'DUC'],
  check: (e) => {
    const oc3 = e.t.OC3;
    const filled = anyFilled(oc3, ['IN_TOUCH', 'ACTIV', 'ACCOM']);
    const leavers = new Set<string>();
    for (const [child, rows] of oc3.byChild()) if (rows.some(filled) && !e.t.Episodes.byChild().has(child)) leavers.add(child);
    const ids = e.t.UASC.text('CHILD');
    return rowsWhere('1014', e.t.UASC, ['CHILD', 'DUC'], (i) => leavers.has(ids[i] ?? ''));
  },
});
