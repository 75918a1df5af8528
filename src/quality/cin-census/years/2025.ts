import { rule as laChildIdLength } from '../rules/1570.js';
import { rule2025 as noSexShare } from '../rules/2886Q.js';
import { rule2025 as sexCode } from '../rules/4180.js';
import { rule2025 as unbornSex } from '../rules/8750.js';
import { rule as factor18A } from '../rules/8945Q.js';
import { rule as factor19A } from '../rules/8950Q.js';
import type { CinYearLayer } from '../rule-kit.js';

/**
 * 2024/25: Sex (M, F, U) replaces GenderCurrent (4180, 8750, 2886Q change); LAchildID is at
 * most 20 characters (1570); factors 18A and 19A are queried in favour of their B and C
 * splits (8945Q, 8950Q).
 */
export const YEAR_2025: CinYearLayer = { year: 2025, add: [sexCode, unbornSex, noSexShare, laChildIdLength, factor18A, factor19A] };
