import { describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressColumn, suppressFigure } from './suppression.js';

describe('small-number suppression', () => {
  it('withholds counts of 1 to 4, never 0 or 5', () => {
    expect(suppressFigure({ value: 3, numerator: 3, denominator: null }, 'count')).toMatchObject({ value: null, numerator: null, suppressed: { value: true } });
    expect(suppressFigure({ value: 0, numerator: 0, denominator: null }, 'count').value).toBe(0);
    expect(suppressFigure({ value: 5, numerator: 5, denominator: null }, 'count').value).toBe(5);
  });

  it('withholds a percentage built on a small number, including the children left out', () => {
    expect(suppressFigure({ value: 75, numerator: 3, denominator: 4 }, 'percent')).toMatchObject({ value: null, numerator: null, denominator: null });
    expect(suppressFigure({ value: 30, numerator: 3, denominator: 10 }, 'percent')).toMatchObject({ value: null, numerator: null, denominator: 10 });
    // 97 of 100: the 3 not visited would be 100 − 97.
    expect(suppressFigure({ value: 97, numerator: 97, denominator: 100 }, 'percent')).toMatchObject({ value: null, numerator: null, denominator: 100 });
    expect(suppressFigure({ value: 90, numerator: 90, denominator: 100 }, 'percent')).toMatchObject({ value: 90, numerator: 90, denominator: 100 });
  });

  it('protects a withheld cell from being worked out from the total', () => {
    // 3 alone would be total − 12 − 20.
    expect(suppressColumn([3, 12, 20])).toEqual([true, true, false]);
    // Two small cells adding to 4 could still be narrowed down: one more goes.
    expect(suppressColumn([2, 2, 12, 20])).toEqual([true, true, true, false]);
    expect(suppressColumn([0, 12, 20])).toEqual([false, false, false]);
    expect(suppressColumn([3, 0, 0])).toEqual([true, false, false]);
    expect(suppressColumn([3, 12, 20], false)).toEqual([true, false, false]);
  });

  it('suppresses a breakdown by team so no cell is recoverable', () => {
    const rows = suppressBreakdown(
      [
        { group: 'A', value: 3, numerator: 3, denominator: null },
        { group: 'B', value: 14, numerator: 14, denominator: null },
        { group: 'C', value: 40, numerator: 40, denominator: null },
      ],
      'count',
    );
    expect(rows.map((r) => r.value)).toEqual([null, null, 40]);
    const pct = suppressBreakdown(
      [
        { group: 'A', value: 50, numerator: 10, denominator: 20 },
        { group: 'B', value: 25, numerator: 2, denominator: 8 },
        { group: 'C', value: 60, numerator: 30, denominator: 50 },
      ],
      'percent',
    );
    expect(pct.map((r) => [r.value, r.numerator, r.denominator])).toEqual([
      [null, null, 20],
      [null, null, 8],
      [60, 30, 50],
    ]);
  });
});
