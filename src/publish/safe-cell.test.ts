import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { safeCellText } from './safe-cell.js';

describe('formula-safe exports', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const t of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1']) expect(safeCellText(t).startsWith("'")).toBe(true);
    expect(safeCellText('Jane Smith')).toBe('Jane Smith');
  });

  it('quotes CSV fields that need it', () => {
    expect(toCsv(['a', 'b'], [['x,y', '=1+1'], [3, null], [true, 'say "hi"']])).toBe('a,b\r\n"x,y",\'=1+1\r\n3,\r\nyes,"say ""hi"""\r\n');
  });
});
