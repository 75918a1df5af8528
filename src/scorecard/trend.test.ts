import { describe, expect, it } from 'vitest';
import { directionOf, trendDates } from './trend.js';

const p = (value: number | null) => ({ asAt: '2025-01-31', value, numerator: null, denominator: null, coverage: true });

describe('trend', () => {
  it('lists the month ends before D, oldest first, ending at D', () => {
    expect(trendDates('2025-02-28', 6)).toEqual(['2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31', '2025-01-31', '2025-02-28']);
    expect(trendDates('2025-02-14', 3)).toEqual(['2024-12-31', '2025-01-31', '2025-02-14']);
    expect(trendDates('2025-02-28', 1)).toEqual(['2025-02-28']);
  });

  it('gives the direction of travel and whether it is an improvement', () => {
    expect(directionOf([p(87.7), p(89.4)], 'percent', 'higher')).toEqual({ direction: 'up', improving: true });
    expect(directionOf([p(87.7), p(89.4)], 'percent', 'lower')).toEqual({ direction: 'up', improving: false });
    expect(directionOf([p(87.7), p(88.0)], 'percent', 'higher')).toEqual({ direction: 'level', improving: null });
    expect(directionOf([p(100), p(101)], 'count', 'context')).toEqual({ direction: 'level', improving: null });
    expect(directionOf([p(100), p(110)], 'count', 'context')).toEqual({ direction: 'up', improving: null });
    expect(directionOf([p(null), p(110)], 'count', 'lower')).toEqual({ direction: null, improving: null });
  });
});
