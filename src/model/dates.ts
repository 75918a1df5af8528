/**
 * Plain calendar dates. Everywhere in the product a date is an ISO string `YYYY-MM-DD`
 * (no time, no time zone); arithmetic goes through the day number (days since 1970-01-01),
 * which is computed with UTC so that no local clock change can shift a date.
 */

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** True when year/month/day name a real date (no 31 February). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function ymdToDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function dayToYmd(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function ymdToIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dayToIso(dayNumber: number): IsoDate {
  const { year, month, day } = dayToYmd(dayNumber);
  return ymdToIso(year, month, day);
}

/** Parses a strict `YYYY-MM-DD`; returns null for anything else, including 2024-02-30. */
export function parseIso(text: string): { year: number; month: number; day: number } | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(text: string): boolean {
  return parseIso(text) !== null;
}

export function isoToDay(iso: IsoDate): number {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not a date (expected YYYY-MM-DD): ${iso}`);
  return ymdToDay(p.year, p.month, p.day);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return dayToIso(isoToDay(iso) + days);
}

/**
 * The same day and month `years` earlier or later; 29 February becomes 28 February in a
 * year without it (the contract's "two years before 29 February is 28 February").
 */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  const year = p.year + years;
  return ymdToIso(year, p.month, Math.min(p.day, daysInMonth(year, p.month)));
}

/** Calendar months later or earlier, clamped to the last day of the target month. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return ymdToIso(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function monthStart(iso: IsoDate): IsoDate {
  return `${iso.slice(0, 8)}01`;
}

export function monthEnd(iso: IsoDate): IsoDate {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  return ymdToIso(p.year, p.month, daysInMonth(p.year, p.month));
}

/** Month ends from `first` to `last` inclusive (both given as any day in their month). */
export function monthEndsBetween(first: IsoDate, last: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = monthEnd(first); d <= last || monthStart(d) <= last; d = monthEnd(addMonths(monthStart(d), 1))) {
    out.push(d);
    if (out.length > 1200) break;
  }
  return out;
}

/** Whole years completed on `on` (the birthday counts on the day; 29 Feb birthdays fall on 1 March). */
export function ageOn(dob: IsoDate, on: IsoDate): number {
  const b = parseIso(dob);
  const d = parseIso(on);
  if (!b || !d) throw new RangeError(`not a date: ${dob} / ${on}`);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function todayIso(now: Date = new Date()): IsoDate {
  return ymdToIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
