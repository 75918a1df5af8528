import bankHolidays from './bank-holidays-england-and-wales.json' with { type: 'json' };
import { type IsoDate, dayToIso, isIsoDate, isoToDay } from './dates.js';

/**
 * The working-day calendar: Monday to Friday, less England and Wales bank holidays and any
 * local closure days. Every date has an index (working days up to and including it), so a
 * duration in working days is index(end) − index(start): the number of working days d with
 * start < d ≤ end, the start day being day 0.
 */
export interface WorkingDayCalendar {
  readonly holidays: readonly IsoDate[];
  readonly closures: readonly IsoDate[];
  /** First and last year for which bank holidays are published in the bundled list. */
  readonly coveredYears: { first: number; last: number };
  index(date: IsoDate): number;
  isWorkingDay(date: IsoDate): boolean;
  workingDaysBetween(start: IsoDate, end: IsoDate): number;
  addWorkingDays(start: IsoDate, n: number): IsoDate;
}

export const BANK_HOLIDAYS: readonly IsoDate[] = bankHolidays.dates;
export const BANK_HOLIDAYS_SOURCE: string = bankHolidays.source;

/** Weekday of a day number, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Count of Monday–Friday days with day number ≤ n, from a fixed Monday origin. */
function weekdaysUpTo(n: number): number {
  const m = n + 3; // days since Monday 1969-12-29
  const weeks = Math.floor(m / 7);
  const rem = m - weeks * 7;
  return weeks * 5 + Math.min(rem + 1, 5);
}

export function createCalendar(closures: readonly IsoDate[] = []): WorkingDayCalendar {
  for (const c of closures) {
    if (!isIsoDate(c)) throw new RangeError(`local closure day is not a date (expected YYYY-MM-DD): ${c}`);
  }
  // Only days that would otherwise be working days reduce the index.
  const offDays = [...new Set([...BANK_HOLIDAYS, ...closures])]
    .map(isoToDay)
    .filter((d) => weekdayOf(d) < 5)
    .sort((a, b) => a - b);
  const offSet = new Set(offDays);
  const years = BANK_HOLIDAYS.map((d) => Number(d.slice(0, 4)));

  const offDaysUpTo = (n: number): number => {
    let lo = 0;
    let hi = offDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offDays[mid] as number) <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const indexOfDay = (n: number): number => weekdaysUpTo(n) - offDaysUpTo(n);
  const isWorkingDayNumber = (n: number): boolean => weekdayOf(n) < 5 && !offSet.has(n);

  return {
    holidays: BANK_HOLIDAYS,
    closures: [...closures].sort(),
    coveredYears: { first: Math.min(...years), last: Math.max(...years) },
    index: (date) => indexOfDay(isoToDay(date)),
    isWorkingDay: (date) => isWorkingDayNumber(isoToDay(date)),
    workingDaysBetween: (start, end) => indexOfDay(isoToDay(end)) - indexOfDay(isoToDay(start)),
    addWorkingDays(start, n) {
      let d = isoToDay(start);
      let left = n;
      const step = n >= 0 ? 1 : -1;
      while (left !== 0) {
        d += step;
        if (isWorkingDayNumber(d)) left -= step;
      }
      return dayToIso(d);
    },
  };
}

/** Rows of the calendar table for the store: every date in [first, last] with its index. */
export function* calendarRows(
  calendar: WorkingDayCalendar,
  first: IsoDate,
  last: IsoDate,
): Generator<{ day: number; index: number; working: boolean }> {
  const a = isoToDay(first);
  const b = isoToDay(last);
  let index = calendar.index(first);
  for (let d = a; d <= b; d++) {
    const iso = dayToIso(d);
    const working = calendar.isWorkingDay(iso);
    if (d > a && working) index += 1;
    yield { day: d, index, working };
  }
}
