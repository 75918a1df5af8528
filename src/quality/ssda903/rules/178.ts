import { CODES } from '../../../model/ssda903.js';
import { defineRule, rowsWhere } from '../rule.js';
import type { Env } from '../rule.js';
import type { ReturnFinding } from '../../returns/return-rule.js';

/** A provider code must be valid, and given only for placements that have a provider. */
export function providerCheck(code: string, noProvider: ReadonlySet<string>): (e: Env) => ReturnFinding[] {
  return (e) => {
    const t = e.t.Episodes;
    const pp = t.text('PLACE_PROVIDER');
    const place = t.text('PLACE');
    return rowsWhere(code, t, ['PLACE_PROVIDER', 'PLACE'], (i) => {
      const p = pp[i];
      return p !== null && p !== undefined && (!CODES.placeProvider.has(p) || noProvider.has(place[i] ?? ''));
    });
  };
}

export const rule = defineRule({
  code: '178',
  message: 'Placement provider code is not a valid code.',
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER', 'PLACE'],
  years: { to: 2025 },
  check: providerCheck('178', CODES.noProvider2023),
});
