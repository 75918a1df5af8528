import { describe, expect, it } from 'vitest';
import { isValidSheetName, sheetName } from './sheet-name.js';

describe('sheet names', () => {
  it('makes any text a valid, unique sheet name', () => {
    const used = new Set<string>();
    const names = [
      'Front door: contacts and referrals – by team',
      'Front door: contacts and referrals – by team',
      'a/b\\c[d]e*f?g',
      "'quoted'",
      '=HYPERLINK("x")',
      '',
      'History',
      'x'.repeat(40),
      'X'.repeat(40),
      `${'a'.repeat(30)}😀`,
    ].map((n) => sheetName(n, used));
    expect(names[0]).toBe('Front door contacts and referra');
    expect(names[1]).toBe('Front door contacts and ref (2)');
    expect(names[2]).toBe('a b c d e f g');
    expect(names[3]).toBe('’quoted’');
    expect(names[4]).toBe('HYPERLINK("x")');
    expect(names[7]).toHaveLength(31);
    expect(names[8]).toBe(`${'X'.repeat(27)} (2)`);
    expect(names[9]).toBe('a'.repeat(30)); // the emoji would take 32 UTF-16 units
    for (const n of names) expect(isValidSheetName(n), n).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
