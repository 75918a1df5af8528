import { daysInMonth } from '../../model/dates.js';
import type { Text } from './records.js';

/**
 * Reading a CIN Census value for a rule. A date is an `xs:date` (YYYY-MM-DD, optionally with a
 * time zone, which is dropped); anything else is no date, so a rule comparing it finds nothing
 * (the schema check reports the value). Every rule reads dates, a 50 000-child return holds a
 * few hundred thousand of them, and a hundred rules read each: the digits are decoded by hand
 * and the day number computed arithmetically, with no allocation (no Date, no regex, no map).
 */
export function xsDateDay(text: Text | undefined): number | null {
  if (!text) return null;
  const n = text.length;
  if (n !== 10 && !(n === 11 && text.charCodeAt(10) === 90) && !(n === 16 && /^[+-]\d{2}:\d{2}$/.test(text.slice(10)))) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** The number in `len` ASCII digits from `at`, or -1 when one is not a digit. */
function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
