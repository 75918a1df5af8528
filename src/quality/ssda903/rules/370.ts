import { placeAgeRule } from '../builders.js';

/** P2 is retired in 2025/26 (years/2026 deletes the rule). */
export const rule = placeAgeRule('370', 'Child in independent living should be at least 15.', ['P2'], 15, { to: 2025 });
