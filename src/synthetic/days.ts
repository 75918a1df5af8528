import { BANK_HOLIDAYS } from '../model/calendar.js';

/**
 * Day-number arithmetic for the simulation. The generator works in day numbers (days since
 * 1970-01-01) because it handles hundreds of thousands of events, so the conversions here are
 * plain arithmetic (Hinnant's civil-date algorithms) rather than Date objects, and working
 * days come from a table built once from the same bank holidays as the product's calendar.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Calendar date of a day number (proleptic Gregorian). */
export function civil(dayNumber: number): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

const isoCache = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (cached: an extract names the same few thousand days over and over). */
export function isoOfDay(dayNumber: number): string {
  let s = isoCache.get(dayNumber);
  if (s === undefined) {
    const { year, month, day } = civil(dayNumber);
    s = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    if (isoCache.size < 200_000) isoCache.set(dayNumber, s);
  }
  return s;
}

/** The day a child born on `dob` reaches `years` (a 29 February birthday falls on 1 March). */
export function birthdayDay(dob: number, years: number): number {
  const b = civil(dob);
  const y = b.year + years;
  return b.month === 2 && b.day === 29 && !isLeap(y) ? dayOf(y, 3, 1) : dayOf(y, b.month, b.day);
}

/** Whole years completed on `day` (the contract's age at D). */
export function ageAt(dob: number, day: number): number {
  const b = civil(dob);
  const d = civil(day);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

/** Calendar months later or earlier, clamped to the last day of the target month. */
export function addMonthsDay(dayNumber: number, months: number): number {
  const p = civil(dayNumber);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOf(year, month, Math.min(p.day, daysIn(year, month)));
}

/** Working-day flags and running index from 1900 to 2200 (Monday–Friday less bank holidays). */
const TABLE_FROM = dayOf(1900, 1, 1);
const TABLE_TO = dayOf(2200, 12, 31);
const working = new Uint8Array(TABLE_TO - TABLE_FROM + 1);
const index = new Int32Array(TABLE_TO - TABLE_FROM + 1);
{
  const holidays = new Set(BANK_HOLIDAYS.map((h) => dayOf(Number(h.slice(0, 4)), Number(h.slice(5, 7)), Number(h.slice(8, 10)))));
  let n = 0;
  for (let d = TABLE_FROM; d <= TABLE_TO; d++) {
    const weekday = (((d + 3) % 7) + 7) % 7; // Monday = 0 (1970-01-01 was a Thursday)
    const w = weekday < 5 && !holidays.has(d) ? 1 : 0;
    n += w;
    working[d - TABLE_FROM] = w;
    index[d - TABLE_FROM] = n;
  }
}

function slot(day: number): number {
  const i = day - TABLE_FROM;
  if (i < 0 || i >= working.length) throw new RangeError(`day ${day} is outside the generator's calendar (1900–2200)`);
  return i;
}

export function isWorkingDay(day: number): boolean {
  return working[slot(day)] === 1;
}

/** The day `n` working days after `day` (the start day is day 0, as the measures count). */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (working[slot(d)] === 1) left--;
  }
  return d;
}

/** Working days d with start < d ≤ end: the contract's duration. */
export function workingDaysBetween(start: number, end: number): number {
  return (index[slot(end)] as number) - (index[slot(start)] as number);
}

/** The first working day on or after `day`: meetings and visits are not held at weekends. */
export function onOrNextWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/** Index of the last element ≤ `day` in an ascending array, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The latest value ≤ `day`, or null. */
export function latestAtOrBefore(sorted: ArrayLike<number>, day: number): number | null {
  const i = lastAtOrBefore(sorted, day);
  return i < 0 ? null : (sorted[i] as number);
}
