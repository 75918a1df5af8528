import { expect } from 'vitest';
import type { CohortRow, MeasureValue } from '../../src/measures/engine.js';
import type { OutCell } from '../../src/synthetic/xlsx-writer.js';

/**
 * Small helpers for the hand-computed measure tests. Nothing here computes an expected value:
 * every expectation is written out by hand in the test files, next to its working.
 */

/** A real Excel error cell holding #N/A. */
export const NA_ERROR: OutCell = { kind: 'error', code: '#N/A' };

/** A real Excel date cell for an ISO date, optionally with a time of day (fraction of a day). */
export function dateCell(iso: string, time?: number): OutCell {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = Date.UTC(y, m - 1, d) / 86_400_000;
  return time === undefined ? { kind: 'date', day } : { kind: 'date', day, time };
}

/** A text cell whose text is exactly `text` (a formula with a cached string result), so an ISO-looking string stays text. */
export function textCell(text: string): OutCell {
  return { kind: 'formula', formula: `"${text}"`, result: text };
}

/** The cohort as `child id → in_numerator flag of each of its rows` (rows in drill order). */
export function flagsByChild(rows: readonly CohortRow[]): Record<string, boolean[]> {
  const out: Record<string, boolean[]> = {};
  for (const r of rows) (out[r.child_id] ??= []).push(Boolean(r.in_numerator));
  return out;
}

/** Sorted child ids of the cohort rows in the numerator. */
export function numeratorChildren(rows: readonly CohortRow[]): string[] {
  return rows
    .filter((r) => Boolean(r.in_numerator))
    .map((r) => r.child_id)
    .sort();
}

/** Sorted child ids of every cohort row (the denominator for a percentage). */
export function cohortChildren(rows: readonly CohortRow[]): string[] {
  return rows.map((r) => r.child_id).sort();
}

/** A count measure: value = numerator = n, denominator null. */
export function expectCount(v: MeasureValue | undefined, n: number): void {
  expect(v, 'measure missing').toBeDefined();
  expect({ value: v?.value, numerator: v?.numerator, denominator: v?.denominator }).toEqual({ value: n, numerator: n, denominator: null });
}

/** A percentage measure with its hand-computed value, numerator and denominator. */
export function expectPercent(v: MeasureValue | undefined, value: number | null, numerator: number, denominator: number): void {
  expect(v, 'measure missing').toBeDefined();
  expect({ value: v?.value, numerator: v?.numerator, denominator: v?.denominator }).toEqual({ value, numerator, denominator });
}
