import { describe, expect, it } from 'vitest';
import { createCalendar } from '../model/calendar.js';
import { addMonths, ageOn, dayToIso, isoToDay } from '../model/dates.js';
import { addMonthsDay, addWorkingDays, ageAt, birthdayDay, civil, dayOf, isoOfDay, workingDaysBetween } from './days.js';

describe('day arithmetic agrees with the product model', () => {
  it('converts day numbers and dates like model/dates.ts', () => {
    for (let d = isoToDay('1899-12-01'); d <= isoToDay('2101-03-01'); d += 7) {
      const { year, month, day } = civil(d);
      expect(dayOf(year, month, day)).toBe(d);
      expect(isoOfDay(d)).toBe(dayToIso(d));
    }
  });

  it('computes ages, birthdays and month steps like the contract', () => {
    const dob = isoToDay('2008-02-29');
    expect(isoOfDay(birthdayDay(dob, 18))).toBe('2026-03-01');
    expect(isoOfDay(birthdayDay(dob, 16))).toBe('2024-02-29');
    for (const on of ['2026-02-28', '2026-03-01', '2024-02-28', '2024-02-29']) expect(ageAt(dob, isoToDay(on))).toBe(ageOn('2008-02-29', on));
    for (const [from, k] of [['2024-08-31', -6], ['2024-03-31', -1], ['2025-01-31', 1], ['2024-02-29', -12]] as const) {
      expect(isoOfDay(addMonthsDay(isoToDay(from), k))).toBe(addMonths(from, k));
    }
  });

  it('counts working days like the product calendar', () => {
    const cal = createCalendar();
    for (const [start, n] of [['2024-12-20', 5], ['2025-04-17', 3], ['2025-08-22', 1], ['2025-01-01', 45]] as const) {
      expect(isoOfDay(addWorkingDays(isoToDay(start), n))).toBe(cal.addWorkingDays(start, n));
      expect(workingDaysBetween(isoToDay(start), isoToDay(cal.addWorkingDays(start, n)))).toBe(n);
    }
    expect(workingDaysBetween(isoToDay('2024-12-24'), isoToDay('2025-01-02'))).toBe(cal.workingDaysBetween('2024-12-24', '2025-01-02'));
  });
});
