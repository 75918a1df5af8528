import type { RuleCase } from '../testing.js';
import { ADOPTION_CASES } from './adoption.js';
import { CROSS_YEAR_CASES } from './cross-year.js';
import { EPISODE_CASES } from './episodes.js';
import { HEADER_CASES } from './header.js';
import { INTEGRITY_CASES } from './integrity.js';
import { OUTCOME_CASES } from './outcomes.js';
import { YEAR_CASES } from './years.js';

export const ALL_CASES: readonly RuleCase[] = [...HEADER_CASES, ...EPISODE_CASES, ...ADOPTION_CASES, ...OUTCOME_CASES, ...CROSS_YEAR_CASES, ...INTEGRITY_CASES, ...YEAR_CASES];
