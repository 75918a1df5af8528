import { describe, expect, it } from 'vitest';
import { checkCase } from './check-case.js';
import { OUTCOME_CASES } from './outcomes.js';

describe('SSDA903 outcomes rules', () => {
  it.each(OUTCOME_CASES.map((c) => [`${c.code}${c.year ? ` (${c.year})` : ''}`, c] as const))('%s fails its failing case and passes its passing one', async (_code, c) => {
    expect(await checkCase(c)).toEqual([]);
  });
});
