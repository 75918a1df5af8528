import type { CinYearLayer } from '../rule-kit.js';

/**
 * 2025/26: the rules are 2024/25's, unchanged (the DfE validator's 2025/26 rule set adds,
 * changes and deletes nothing). The schema adds PreProceedingsandFGDM groups, which are read
 * and not loaded.
 */
export const YEAR_2026: CinYearLayer = { year: 2026 };
