import { describe, expect, it } from 'vitest';
import { dayToIso } from '../model/dates.js';
import { CellError, CellIsoDate } from './xlsx/cell.js';
import { excelSerialToDay, isBlank, parseCodeCell, parseDate, parseDecimal, parseInteger, parseMonthOrDate, parseText } from './cell-values.js';

const iso = (p: ReturnType<typeof parseDate>) => (p.ok ? (p.value === null ? null : dayToIso(p.value)) : `bad: ${p.reason}`);

describe('dates', () => {
  it('reads Excel serial dates and drops the time of day', () => {
    expect(iso(parseDate(45351))).toBe('2024-02-29');
    expect(iso(parseDate(45351.75))).toBe('2024-02-29');
    expect(iso(parseDate(1))).toBe('1900-01-01');
    expect(iso(parseDate(61))).toBe('1900-03-01');
    expect(iso(parseDate(60))).toMatch(/^bad/);
    expect(iso(parseDate(2958465))).toBe('9999-12-31');
    expect(iso(parseDate(-5))).toMatch(/^bad/);
    expect(iso(parseDate(0, true))).toBe('1904-01-01');
    expect(excelSerialToDay(43831, true).ok).toBe(true);
  });

  it('reads text dates day-first, never month-first', () => {
    expect(iso(parseDate('03/04/2024'))).toBe('2024-04-03');
    expect(iso(parseDate('3/4/24'))).toBe('2024-04-03');
    expect(iso(parseDate('3/4/95'))).toBe('1995-04-03');
    expect(iso(parseDate('2024-04-03'))).toBe('2024-04-03');
    expect(iso(parseDate('03-04-2024'))).toBe('2024-04-03');
    expect(iso(parseDate('03.04.2024'))).toBe('2024-04-03');
    expect(iso(parseDate('3 Apr 2024'))).toBe('2024-04-03');
    expect(iso(parseDate('03-April-2024'))).toBe('2024-04-03');
    expect(iso(parseDate('03/04/2024 00:00:00'))).toBe('2024-04-03');
    expect(iso(parseDate('2024-04-03T13:45:00.000Z'))).toBe('2024-04-03');
    expect(iso(parseDate(' 03/04/2024\u00a0'))).toBe('2024-04-03');
    expect(iso(parseDate(new CellIsoDate('2024-04-03T00:00:00')))).toBe('2024-04-03');
  });

  it('refuses impossible dates and placeholders', () => {
    expect(iso(parseDate('31/02/2024'))).toMatch(/^bad: not a real calendar date/);
    expect(iso(parseDate('13/13/2024'))).toMatch(/^bad/);
    expect(iso(parseDate('unknown'))).toMatch(/^bad: not a date/);
    expect(iso(parseDate('nope'))).toMatch(/^bad/);
    expect(iso(parseDate('01/01/0001'))).toMatch(/^bad/);
    expect(iso(parseDate(true))).toMatch(/^bad/);
  });

  it('reads year 9999 (a "no end" placeholder some systems use) as a real date', () => {
    expect(iso(parseDate('31/12/9999'))).toBe('9999-12-31');
  });

  it('treats blanks and Excel errors as blank', () => {
    for (const v of [null, '', '   ', '\u00a0', new CellError('#N/A'), '#N/A', '#n/a', '#VALUE!']) {
      expect(isBlank(v)).toBe(true);
      expect(iso(parseDate(v))).toBeNull();
    }
  });
});

describe('other values', () => {
  it('reads whole numbers', () => {
    expect(parseInteger(3)).toEqual({ ok: true, value: 3 });
    expect(parseInteger('3')).toEqual({ ok: true, value: 3 });
    expect(parseInteger('3.0')).toEqual({ ok: true, value: 3 });
    expect(parseInteger(-1).ok).toBe(false);
    expect(parseInteger(2.5).ok).toBe(false);
    expect(parseInteger('three').ok).toBe(false);
    expect(parseInteger(new CellError('#N/A'))).toEqual({ ok: true, value: null });
  });

  it('folds spaces in text and refuses absurd lengths', () => {
    expect(parseText('  Jane\u00a0\u00a0 Smith ')).toEqual({ ok: true, value: 'Jane Smith' });
    expect(parseText(12345)).toEqual({ ok: true, value: '12345' });
    const long = parseText('x'.repeat(100_000));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.reason).toContain('100,000 characters');
  });

  it('reads codes from numbers and text', () => {
    expect(parseCodeCell(6, 'source')).toEqual({ ok: true, value: '6' });
    expect(parseCodeCell('q) 6: Police', 'source')).toEqual({ ok: true, value: '6' });
    expect(parseCodeCell('maybe', 'yesNo')).toEqual({ ok: false, reason: 'not a Yes/No code' });
  });
});

describe('decimals and months', () => {
  it('reads decimals, keeping bounds as the format sets them, never clipping', () => {
    expect(parseDecimal('0.500000')).toEqual({ ok: true, value: 0.5 });
    expect(parseDecimal(' .75 ')).toEqual({ ok: true, value: 0.75 });
    expect(parseDecimal('-1.5')).toEqual({ ok: true, value: -1.5 });
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal(3)).toEqual({ ok: true, value: 3 });
    expect(parseDecimal('1.5', { min: 0, max: 1 })).toEqual({ ok: false, reason: 'expected a number from 0 to 1' });
    expect(parseDecimal('-1', { min: 0 })).toEqual({ ok: false, reason: 'expected a number of 0 or more' });
    for (const bad of ['1,5', 'one', '1.2.3', '1e3', 'NaN', '--1']) expect(parseDecimal(bad).ok, bad).toBe(false);
  });

  it('reads a month as its last day, and a date as itself', () => {
    const iso = (v: string): string | null => {
      const p = parseMonthOrDate(v);
      return p.ok && p.value !== null ? dayToIso(p.value) : null;
    };
    for (const v of ['Mar 2024', 'March 2024', 'mar-24', '2024-03', '03/2024', '3.2024', '31/03/2024']) expect(iso(v), v).toBe('2024-03-31');
    expect(iso('Feb 2024')).toBe('2024-02-29');
    expect(iso('15/03/2024')).toBe('2024-03-15');
    expect(parseMonthOrDate('2024-13').ok).toBe(false);
    expect(parseMonthOrDate('Smarch 2024').ok).toBe(false);
    expect(parseMonthOrDate('')).toEqual({ ok: true, value: null });
  });
});
