import { SSDA903_YEARS } from '../../model/ssda903.js';
import { type YearLayer, layerRules } from '../returns/return-rule.js';
import type { Ssda903Data, Ssda903Rule } from './rule.js';
import { BASE_RULES } from './rules/index.js';
import { LAYER_2024 } from './years/2024/index.js';
import { LAYER_2025 } from './years/2025/index.js';
import { LAYER_2026 } from './years/2026/index.js';

export interface Ssda903Layer extends YearLayer<Ssda903Data> {
  readonly add?: readonly Ssda903Rule[];
}

/** Each year declares only what it adds, changes (a rule with the same code) or deletes. */
export const SSDA903_LAYERS: readonly Ssda903Layer[] = [LAYER_2024, LAYER_2025, LAYER_2026];

/** The base year's rules: 2022/23. */
export const BASE_YEAR = 2023;

/** The rule set of a collection year (its end year). */
export function ssda903Rules(year: number): Ssda903Rule[] {
  return layerRules<Ssda903Data>(BASE_RULES, SSDA903_LAYERS, year) as Ssda903Rule[];
}

/** Every rule version of every year, for "not applicable" outcomes and the documentation. */
export function allSsda903Rules(): Ssda903Rule[] {
  return [...BASE_RULES, ...SSDA903_LAYERS.flatMap((l) => l.add ?? [])];
}

/** Codes per year: the table the README shows (docs/ssda903-rules.md). */
export function codesByYear(): { year: number; codes: string[] }[] {
  return SSDA903_YEARS.map((year) => ({ year, codes: ssda903Rules(year).map((r) => r.code).sort(byCode) }));
}

export function byCode(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
