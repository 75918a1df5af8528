import type { QualityRule } from '../rule.js';
import { AGE_RULES } from './age.js';
import { COMPLETENESS_RULES } from './completeness.js';
import { CONSISTENCY_RULES } from './consistency.js';
import { DATE_RULES } from './dates.js';
import { DUPLICATE_RULES } from './duplicates.js';

/** Every SQL rule of the Annex A dry run, in report order. */
export const ANNEX_A_RULES: readonly QualityRule[] = [
  ...COMPLETENESS_RULES,
  ...DATE_RULES,
  ...AGE_RULES,
  ...DUPLICATE_RULES,
  ...CONSISTENCY_RULES,
];
