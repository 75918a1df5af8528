import { CODES } from '../../../model/ssda903.js';
import { anyFilled, inCareDuringYear, isFemale, isMale } from '../derive.js';
import { defineRule, hit } from '../rule.js';
import type { ReturnFinding } from '../../returns/return-rule.js';

/**
 * MOTHER must be 0 or 1, only for girls, and given for every girl looked after in the year
 * (short breaks aside); a girl with no episode this year who has care leaver (OC3) data should
 * not have it. The OC3 row is reported with the Header row when there is one.
 */
export const rule = defineRule({
  code: '165',
  message: 'Data entry for mother status is invalid.',
  tables: ['Header', 'Episodes', 'OC3'],
  fields: ['MOTHER', 'SEX'],
  check: (e) => {
    const h = e.t.Header;
    const ids = h.text('CHILD');
    const sex = h.text('SEX');
    const mother = h.text('MOTHER');
    const inYear = inCareDuringYear(e.cur, e.start, e.end, true);
    const oc3 = e.t.OC3;
    const oc3Rows = oc3.byChild();
    const oc3Filled = anyFilled(oc3, ['IN_TOUCH', 'ACTIV', 'ACCOM']);
    const out: ReturnFinding[] = [];
    for (let i = 0; i < h.length; i++) {
      const id = ids[i] ?? '';
      const m = mother[i];
      const given = m !== null && m !== undefined;
      const hasOc3 = (oc3Rows.get(id) ?? []).some(oc3Filled);
      const bad = (given && !CODES.zeroOne.has(m)) || (given && isMale(sex[i])) || (!given && isFemale(sex[i]) && inYear.has(id)) || (given && isFemale(sex[i]) && !inYear.has(id) && hasOc3);
      if (!bad) continue;
      out.push(hit('165', h, i, ['MOTHER', 'SEX']));
      for (const r of oc3Rows.get(id) ?? []) out.push(hit('165', oc3, r, ['IN_TOUCH', 'ACTIV', 'ACCOM']));
    }
    return out;
  },
});
