import { POSTCODE_PATTERN } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

/**
 * The DfE tool looks postcodes up in the ONS directory; without it this checks the form: a
 * full postcode or a postcode sector (`NE1 4`), as home and placement postcodes are given.
 */
const SECTOR = /^[A-Z]{1,2}\d[A-Z\d]? ?\d$/;
const valid = (p: string): boolean => POSTCODE_PATTERN.test(p) || SECTOR.test(p);

export const rule = defineRule({
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  tables: ['Episodes'],
  fields: ['HOME_POST', 'PL_POST'],
  check: (e) => {
    const t = e.t.Episodes;
    const home = t.text('HOME_POST');
    const pl = t.text('PL_POST');
    return rowsWhere('392c', t, ['HOME_POST', 'PL_POST'], (i) => (home[i] !== null && !valid(home[i] as string)) || (pl[i] !== null && !valid(pl[i] as string)));
  },
});
