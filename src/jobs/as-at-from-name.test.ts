import { describe, expect, it } from 'vitest';
import { asAtFromFileName } from './as-at-from-name.js';

describe('as-at date from a file name', () => {
  it('reads the common forms', () => {
    expect(asAtFromFileName('annex-a-2024-03-31.xlsx')?.asAt).toBe('2024-03-31');
    expect(asAtFromFileName('AnnexA_20240331.xlsx')?.asAt).toBe('2024-03-31');
    expect(asAtFromFileName('Annex A 31-03-2024.xlsx')?.asAt).toBe('2024-03-31');
    expect(asAtFromFileName('annex_a_2024_02.xlsx')).toEqual({ asAt: '2024-02-29', how: 'month in the file name (taken as its last day)' });
  });

  it('gives nothing when the name has no date or two different dates', () => {
    expect(asAtFromFileName('annex-a.xlsx')).toBeNull();
    expect(asAtFromFileName('annex-a 2024-03-31 to 2024-04-30.xlsx')).toBeNull();
    expect(asAtFromFileName('annex-a-2024-02-30.xlsx')).toBeNull();
  });
});
