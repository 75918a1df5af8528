import { describe, expect, it } from 'vitest';
import { appliesTo } from '../../returns/return-rule.js';
import { allSsda903Rules, ssda903Rules } from '../layers.js';
import { ALL_CASES } from './all-cases.js';

describe('SSDA903 rule tests', () => {
  it('every rule version has a failing and a passing case in a year it applies to', () => {
    const missing = allSsda903Rules()
      .filter((r) => !ALL_CASES.some((c) => c.code === r.code && appliesTo(r, c.year ?? 2025) && rulesFor(c.year ?? 2025).has(r)))
      .map((r) => `${r.code} (${r.years.from ?? ''}–${r.years.to ?? ''})`);
    expect(missing).toEqual([]);
  });
});

const cache = new Map<number, Set<unknown>>();
function rulesFor(year: number): Set<unknown> {
  let s = cache.get(year);
  if (!s) cache.set(year, (s = new Set(ssda903Rules(year))));
  return s;
}

describe('SSDA903 year layers', () => {
  it('each year holds each code once, every rule applying to it; 2025/26 retires the P2 and H5 rules', () => {
    const counts = [2023, 2024, 2025, 2026].map((y) => {
      const codes = ssda903Rules(y).map((r) => r.code);
      expect(new Set(codes).size, String(y)).toBe(codes.length);
      for (const r of ssda903Rules(y)) expect(appliesTo(r, y), `${r.code} in ${y}`).toBe(true);
      return codes.length;
    });
    expect(counts).toEqual([210, 219, 219, 217]);
    expect(ssda903Rules(2026).map((r) => r.code)).not.toContain('370');
    expect(ssda903Rules(2025).find((r) => r.code === '371')?.message).toMatch(/at least 16/);
    expect(ssda903Rules(2023).find((r) => r.code === '371')?.message).toMatch(/at least 14/);
  });
});
