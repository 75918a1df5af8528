import { describe, expect, it } from 'vitest';
import { percent, ratio } from './rounding.js';

describe('rounding', () => {
  it('rounds percentages half-up to 4 decimal places', () => {
    expect(percent(2, 3)).toBe(66.6667);
    expect(percent(1, 3)).toBe(33.3333);
    expect(percent(1, 8)).toBe(12.5);
    // 1/160000 = 0.000625% → 0.0006 (half rounds up from 0.00062 5)
    expect(percent(1, 160_000)).toBe(0.0006);
    expect(percent(1, 320_000)).toBe(0.0003); // 0.0003125
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 5)).toBe(100);
  });

  it('is null, not 0, when the denominator is 0', () => {
    expect(percent(0, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
  });

  it('rounds ratios the same way', () => {
    expect(ratio(7, 2)).toBe(3.5);
    expect(ratio(10, 3)).toBe(3.3333);
    expect(ratio(1, 80_000)).toBe(0); // 0.0000125 → 0.0000
    expect(ratio(1, 20_000)).toBe(0.0001); // 0.00005 half → up
  });
});
