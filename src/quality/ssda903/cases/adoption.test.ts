import { describe, expect, it } from 'vitest';
import { checkCase } from './check-case.js';
import { ADOPTION_CASES } from './adoption.js';

describe('SSDA903 adoption rules', () => {
  it.each(ADOPTION_CASES.map((c) => [`${c.code}${c.year ? ` (${c.year})` : ''}`, c] as const))('%s fails its failing case and passes its passing one', async (_code, c) => {
    expect(await checkCase(c)).toEqual([]);
  });
});
