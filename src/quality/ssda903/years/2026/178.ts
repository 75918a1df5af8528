import { CODES } from '../../../../model/ssda903.js';
import { defineRule } from '../../rule.js';
import { providerCheck } from '../../rules/178.js';

/** 2025/26: no provider for T0–T3 and Z11–Z14 (T4 now has one; returns.md, lac2025_26/rule_178). */
export const rule = defineRule({
  code: '178',
  message: 'Placement provider code is not a valid code.',
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER', 'PLACE'],
  years: { from: 2026 },
  check: providerCheck('178', CODES.noProvider2026),
});
