import { CIN_SCHEMA_YEARS } from '../../model/cin-census.js';
import { type CollectionYear, layerRules } from '../returns/return-rule.js';
import { BASE_RULES } from './base-rules.js';
import type { CinRule, CinYearLayer } from './rule-kit.js';
import { YEAR_2024 } from './years/2024.js';
import { YEAR_2025 } from './years/2025.js';
import { YEAR_2026 } from './years/2026.js';

/**
 * The CIN Census rule index: the 2022/23 rules and each later year's layer (what it adds,
 * changes or deletes). A year's rule set is `layerRules` of these.
 */
export const CIN_LAYERS: readonly CinYearLayer[] = [YEAR_2024, YEAR_2025, YEAR_2026];

export function cinRulesFor(year: CollectionYear): CinRule[] {
  return layerRules(BASE_RULES, CIN_LAYERS, year);
}

/** Every code any year has, its latest version: what a year without it reports as not applicable. */
export function allCinRules(): CinRule[] {
  const byCode = new Map<string, CinRule>();
  for (const r of [...BASE_RULES, ...CIN_LAYERS.flatMap((l) => l.add ?? [])]) byCode.set(r.code, r);
  return [...byCode.values()];
}

export interface CinRuleEntry {
  readonly code: string;
  readonly kind: CinRule['kind'];
  /** The message of the latest version. */
  readonly message: string;
  readonly tables: readonly string[];
  readonly fields: readonly string[];
  /** The collection years the code applies to. */
  readonly years: number[];
  /** Years whose version differs from the year before (a layer changed it). */
  readonly changedIn: number[];
}

/** Each code with the years it applies to, for the documentation and `validate --rules`. */
export function cinRuleCatalogue(): CinRuleEntry[] {
  const sets = CIN_SCHEMA_YEARS.map((y) => ({ year: y, rules: new Map(cinRulesFor(y).map((r) => [r.code, r])) }));
  return allCinRules()
    .map((latest) => {
      const years = sets.filter((s) => s.rules.has(latest.code)).map((s) => s.year);
      const changedIn = sets.filter((s, i) => i > 0 && s.rules.has(latest.code) && sets[i - 1]?.rules.has(latest.code) && sets[i - 1]?.rules.get(latest.code) !== s.rules.get(latest.code)).map((s) => s.year);
      return { code: latest.code, kind: latest.kind, message: latest.message, tables: latest.tables, fields: latest.fields, years, changedIn };
    })
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}
