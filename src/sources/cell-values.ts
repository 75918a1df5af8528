import { type CodeListKey, CODE_LISTS, parseCode } from '../model/codes.js';
import { dayToIso, daysInMonth, isValidYmd, ymdToDay } from '../model/dates.js';
import { type Cell, CellError, CellIsoDate, cellText } from './xlsx/cell.js';

/**
 * Turning a cell into a typed value. A value that cannot be read becomes `unreadable` with a
 * reason, never a guess: a silent 0 or a month-first date would corrupt every aggregate.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** The longest text a field may hold; longer is treated as unreadable (Excel's own cap is 32 767). */
export const MAX_TEXT_LENGTH = 1000;

/** Excel error values, and the same words typed as text: all mean "no value". */
const ERROR_TEXTS = new Set(['#N/A', '#N/A N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!']);

const UNTIDY_SPACE = /^\s|\s$|\s\s|[\t\n\r\u00a0\u2007\u202f\ufeff]/;

/** Whitespace as exports leave it: non-breaking and repeated spaces folded, ends trimmed. */
export function normaliseText(s: string): string {
  // Most cells are already tidy; testing is much cheaper than replacing.
  if (!UNTIDY_SPACE.test(s)) return s;
  return s.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim();
}

/** True for a blank cell or an Excel error value (`#N/A`), which the contract treats as blank. */
export function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  if (cell instanceof CellError) return true;
  if (typeof cell === 'string') {
    if (cell.length === 0) return true;
    const first = cell.charCodeAt(0);
    // Fast path: text starting with a visible character other than '#' is not blank.
    if (first > 32 && first !== 35 && first !== 160 && first !== 0xfeff) return false;
    const t = normaliseText(cell);
    return t === '' || ERROR_TEXTS.has(t.toUpperCase());
  }
  return false;
}

export function parseText(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'number') return ok(Number.isInteger(cell) ? String(cell) : String(cell));
  if (typeof cell === 'boolean') return ok(cell ? 'TRUE' : 'FALSE');
  const t = normaliseText(cellText(cell));
  if (t.length > MAX_TEXT_LENGTH) return bad(`text of ${t.length.toLocaleString('en-GB')} characters; at most ${MAX_TEXT_LENGTH} expected`);
  return ok(t);
}

export function parseInteger(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return ok(null);
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') {
    const t = normaliseText(cell);
    if (!/^[+-]?\d+(\.0+)?$/.test(t)) return bad('expected a whole number');
    n = Number(t);
  } else return bad('expected a whole number');
  if (!Number.isInteger(n)) return bad('expected a whole number, found a fraction');
  if (n < 0) return bad('expected a number of 0 or more');
  if (n > 1_000_000) return bad('number too large to be a count');
  return ok(n);
}

/**
 * A decimal number (an FTE, days lost): `0.5`, `1`, `.75`, `-0.2`. `bounds` limits it where the
 * format does (an FTE is 0 to 1); outside them the value is unreadable, never clipped.
 */
export function parseDecimal(cell: Cell, bounds: { min?: number; max?: number } = {}): Parsed<number> {
  if (isBlank(cell)) return ok(null);
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') {
    const t = normaliseText(cell);
    if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return bad('expected a number');
    n = Number(t);
  } else return bad('expected a number');
  if (!Number.isFinite(n)) return bad('expected a number');
  const { min, max } = bounds;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    if (min !== undefined && max !== undefined) return bad(`expected a number from ${min} to ${max}`);
    return min !== undefined ? bad(`expected a number of ${min} or more`) : bad(`expected a number of ${max} or less`);
  }
  if (Math.abs(n) > 1_000_000) return bad('number too large');
  return ok(n);
}

/** Code lists have few distinct spellings, so each is parsed once (per list) and remembered. */
const codeMemo = new Map<CodeListKey, Map<string, Parsed<string>>>();
const MEMO_LIMIT = 10_000;

export function parseCodeCell(cell: Cell, codes: CodeListKey): Parsed<string> {
  if (isBlank(cell)) return ok(null);
  const raw = typeof cell === 'number' ? String(cell) : cellText(cell);
  let memo = codeMemo.get(codes);
  if (!memo) codeMemo.set(codes, (memo = new Map()));
  const known = memo.get(raw);
  if (known) return known;
  let result: Parsed<string>;
  if (raw.length > MAX_TEXT_LENGTH) result = bad(`text of ${raw.length.toLocaleString('en-GB')} characters is not a ${CODE_LISTS[codes].name} code`);
  else {
    const code = parseCode(codes, raw);
    result = code === null ? bad(`not a ${CODE_LISTS[codes].name} code`) : ok(code);
  }
  if (memo.size < MEMO_LIMIT) memo.set(raw, result);
  return result;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Excel's own two-digit-year rule: 00–29 are 2000s, 30–99 are 1900s. */
function expandYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n <= 29 ? 2000 + n : 1900 + n;
}

/** Earliest year accepted; earlier dates are placeholders such as 01/01/0001 or 01/01/1800. */
export const MIN_YEAR = 1900;

function fromYmd(year: number, month: number, day: number): Parsed<number> {
  if (!isValidYmd(year, month, day)) return bad('not a real calendar date');
  if (year < MIN_YEAR) return bad(`year ${year} is before ${MIN_YEAR}`);
  return ok(ymdToDay(year, month, day));
}

/**
 * An Excel serial date (a time of day, the fraction, is dropped). In the 1900 system serial 60
 * is Excel's fictitious 29 February 1900; serials after it are one day ahead of the count.
 */
const DAY_1899_12_31 = ymdToDay(1899, 12, 31);
const DAY_1904_01_01 = ymdToDay(1904, 1, 1);

export function excelSerialToDay(serial: number, date1904 = false): Parsed<number> {
  if (!Number.isFinite(serial)) return bad('not a date');
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > 2_957_003) return bad('number outside the range of Excel dates');
    return ok(whole + DAY_1904_01_01);
  }
  if (whole < 1 || whole > 2_958_465) return bad('number outside the range of Excel dates');
  if (whole === 60) return bad('29/02/1900 does not exist (an Excel artefact)');
  return ok(DAY_1899_12_31 + (whole > 60 ? whole - 1 : whole));
}

/**
 * Text dates are day-first: `dd/mm/yyyy`, `d/m/yy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`,
 * `d Mon yyyy`, each optionally followed by a time of day, which is dropped.
 */
export function parseDateText(input: string): Parsed<number> {
  let t = normaliseText(input);
  // Drop a trailing time of day ("00:00", "00:00:00", "T00:00:00.000Z", "12:00 AM").
  t = t.replace(/(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)$/, '').trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) return fromYmd(expandYear(m[3] as string), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s/.-]([A-Za-z]{3,9})[\s/.,-]+(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    if (month) return fromYmd(expandYear(m[3] as string), month, Number(m[1]));
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(t)) return excelSerialToDay(Number(t));
  return bad('not a date (expected dd/mm/yyyy)');
}

/** Text dates repeat (one per day of the window), so each distinct text is parsed once. */
const dateTextMemo = new Map<string, Parsed<number>>();

function parseDateTextMemo(text: string): Parsed<number> {
  const known = dateTextMemo.get(text);
  if (known) return known;
  const result = parseDateText(text);
  if (dateTextMemo.size < MEMO_LIMIT * 10) dateTextMemo.set(text, result);
  return result;
}

export function parseDate(cell: Cell, date1904 = false): Parsed<number> {
  if (typeof cell === 'number') return excelSerialToDay(cell, date1904);
  if (isBlank(cell)) return ok(null);
  if (cell instanceof CellIsoDate) return parseDateTextMemo(cell.text);
  if (typeof cell === 'string') return parseDateTextMemo(cell);
  return bad('not a date');
}

/**
 * A month, as its last day (`Mar 2024`, `March 2024`, `Mar-24`, `2024-03`, `03/2024`), or a
 * full date as itself: the as-at date of a monthly figure.
 */
export function parseMonthOrDate(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return ok(null);
  if (typeof cell === 'string') {
    const t = normaliseText(cell);
    let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
    let ym: [number, number] | null = m ? [Number(m[1]), Number(m[2])] : null;
    if (!ym) {
      m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
      if (m) ym = [Number(m[2]), Number(m[1])];
    }
    if (!ym) {
      m = /^([A-Za-z]{3,9})[\s/.,-]+(\d{2}|\d{4})$/.exec(t);
      const month = m ? MONTHS[(m[1] as string).toLowerCase()] : undefined;
      if (m && month) ym = [expandYear(m[2] as string), month];
    }
    if (ym) {
      const [year, month] = ym;
      if (month < 1 || month > 12) return bad('not a month');
      return fromYmd(year, month, daysInMonth(year, month));
    }
  }
  const d = parseDate(cell);
  return d.ok ? d : bad('not a month or a date (expected Mar 2024, 2024-03 or dd/mm/yyyy)');
}

export function describeDay(day: number): string {
  return dayToIso(day);
}
