import { type Ssda903Read, readSsda903 } from '../../sources/ssda903/read-ssda903.js';
import { FIRST_SSDA903_YEAR, LAST_SSDA903_YEAR, collectionPeriod } from '../../model/ssda903.js';
import { UserError } from '../../user-error.js';
import { type ReturnRuleContext, type ValidationResult, runReturnRules } from '../returns/return-rule.js';
import { allSsda903Rules, byCode, ssda903Rules } from './layers.js';
import type { Ssda903Data } from './rule.js';

export interface ValidateSsda903Options {
  readonly year: number;
  /** Last year's files (CSV tables or one XML), for the rules that compare years. */
  readonly previous?: readonly string[];
  /** The submitting authority's code, when given (kept in the context; no rule here needs it). */
  readonly la?: string | null;
}

export interface Ssda903Validation {
  readonly result: ValidationResult;
  readonly current: Ssda903Read;
  readonly previous: Ssda903Read | null;
  readonly timings: { readMs: number; rulesMs: number };
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SSDA903_YEAR || year > LAST_SSDA903_YEAR) {
    throw new UserError(`SSDA903 rules are implemented for the collection years ${FIRST_SSDA903_YEAR} to ${LAST_SSDA903_YEAR} (2025 = April 2024 to March 2025), not ${year}`);
  }
}

export function ssda903Context(year: number, la: string | null = null): ReturnRuleContext {
  const { start, end } = collectionPeriod(year);
  return { year, yearStart: start, yearEnd: end, la };
}

/**
 * Validates a year's return straight from its files: reads them (and last year's when given)
 * and runs the year's rule set. Rules comparing with last year are "not applicable" without
 * it; a rule that throws (a column the file lacks) is "failed to run" with its error.
 */
export async function validateSsda903(files: readonly string[], options: ValidateSsda903Options): Promise<Ssda903Validation> {
  checkYear(options.year);
  const t0 = performance.now();
  const current = await readSsda903(files);
  const previous = options.previous && options.previous.length ? await readSsda903(options.previous) : null;
  const t1 = performance.now();
  const result = await runSsda903Rules({ current: current.data, previous: previous?.data ?? null }, options.year, options.la ?? null);
  return { result, current, previous, timings: { readMs: t1 - t0, rulesMs: performance.now() - t1 } };
}

/** The year's rules over data already read. */
export async function runSsda903Rules(data: Ssda903Data, year: number, la: string | null = null): Promise<ValidationResult> {
  const rules = ssda903Rules(year);
  const runnable = rules.filter((r) => !r.previousYear || data.previous !== null);
  const known = new Map<string, (typeof rules)[number]>();
  // A code listed once: this year's version where it applies, else the latest other version.
  for (const r of [...allSsda903Rules(), ...rules]) known.set(r.code, r);
  const result = await runReturnRules(runnable, data, ssda903Context(year, la), [...known.values()].sort((a, b) => byCode(a.code, b.code)));
  return result;
}
