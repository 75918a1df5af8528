import { describe, expect, it } from 'vitest';
import { checkCase } from './check-case.js';
import { CROSS_YEAR_CASES } from './cross-year.js';

describe('SSDA903 cross-year rules', () => {
  it.each(CROSS_YEAR_CASES.map((c) => [`${c.code}${c.year ? ` (${c.year})` : ''}`, c] as const))('%s fails its failing case and passes its passing one', async (_code, c) => {
    expect(await checkCase(c)).toEqual([]);
  });
});
