import { describe, expect, it } from 'vitest';
import { checkCase } from './check-case.js';
import { HEADER_CASES } from './header.js';

describe('SSDA903 Header, UASC, Reviews and Missing rules', () => {
  it.each(HEADER_CASES.map((c) => [`${c.code}${c.year ? ` (${c.year})` : ''}`, c] as const))('%s fails its failing case and passes its passing one', async (_code, c) => {
    expect(await checkCase(c)).toEqual([]);
  });
});
