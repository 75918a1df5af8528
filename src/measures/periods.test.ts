import { describe, expect, it } from 'vitest';
import { financialYear, ownership, periodCovered, periodStart } from './periods.js';

describe('periods', () => {
  it('knows financial years and period starts', () => {
    expect(financialYear('2024-03-31')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: '2023/24' });
    expect(financialYear('2024-04-01').label).toBe('2024/25');
    expect(financialYear('2099-12-31').label).toBe('2099/00');
    expect(periodStart('month', '2024-02-29')).toBe('2024-02-01');
    expect(periodStart('ytd', '2024-02-29')).toBe('2023-04-01');
    expect(periodStart('rolling12', '2024-03-31')).toBe('2023-04-01');
    expect(periodStart('rolling12', '2024-02-29')).toBe('2023-03-01');
    expect(periodStart('snapshot', '2024-02-29')).toBeNull();
  });

  it('gives each date to the latest extract whose window holds it', () => {
    const extracts = [
      { extractId: 1, asAt: '2024-03-31' },
      { extractId: 2, asAt: '2024-06-30' },
      { extractId: 3, asAt: '2024-09-30' },
      { extractId: 4, asAt: '2024-12-31' },
    ];
    const { owners, coveredFrom } = ownership(extracts, '2024-12-31');
    expect(owners).toEqual([
      { extractId: 4, from: '2024-07-01', to: '2024-12-31' },
      // extract 3 (later than 2) wins April–June; extract 2 adds January–March, extract 1 the quarter before
      { extractId: 3, from: '2024-04-01', to: '2024-06-30' },
      { extractId: 2, from: '2024-01-01', to: '2024-03-31' },
      { extractId: 1, from: '2023-10-01', to: '2023-12-31' },
    ]);
    expect(coveredFrom).toBe('2023-10-01');
    expect(periodCovered('ytd', '2024-12-31', '2024-12-31', coveredFrom)).toBe(true);
    expect(periodCovered('rolling12', '2024-12-31', '2024-12-31', coveredFrom)).toBe(true);
  });

  it('reports a gap, and a D later than every extract, as not covered', () => {
    const gap = ownership([{ extractId: 1, asAt: '2023-09-30' }, { extractId: 2, asAt: '2024-12-31' }], '2024-12-31');
    expect(gap.coveredFrom).toBe('2024-07-01');
    expect(periodCovered('ytd', '2024-12-31', '2024-12-31', gap.coveredFrom)).toBe(false);
    expect(periodCovered('month', '2024-12-31', '2024-12-31', gap.coveredFrom)).toBe(true);
    const stale = ownership([{ extractId: 1, asAt: '2024-11-30' }], '2024-12-31');
    expect(stale.coveredFrom).toBeNull();
    expect(periodCovered('month', '2024-12-31', '2024-11-30', stale.coveredFrom)).toBe(false);
    expect(periodCovered('snapshot', '2024-12-31', '2024-11-30', null)).toBe(false);
  });
});
