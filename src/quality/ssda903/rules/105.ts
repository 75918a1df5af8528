import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';

/** Only the XML form carries the UASC flag; in CSV returns it is derived from the UASC table, so there is nothing to check. */
export const rule = defineRule({
  code: '105',
  message: 'Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.',
  tables: ['Header'],
  fields: ['UASC'],
  check: (e) => {
    if (e.cur.format !== 'xml') return [];
    const v = e.t.Header.text('UASC');
    return rowsWhere('105', e.t.Header, ['UASC'], (i) => !CODES.zeroOne.has(v[i] ?? ''));
  },
});
