import { describe, expect, it } from 'vitest';
import { calendarRows, createCalendar, weekdayOf } from './calendar.js';
import { isoToDay } from './dates.js';

const cal = createCalendar();

describe('working-day calendar', () => {
  it('knows the weekday of a day number', () => {
    expect(weekdayOf(isoToDay('2024-01-01'))).toBe(0); // Monday
    expect(weekdayOf(isoToDay('2024-01-06'))).toBe(5); // Saturday
    expect(weekdayOf(isoToDay('1969-12-28'))).toBe(6); // Sunday, before the epoch
  });

  it('counts the start day as day 0', () => {
    expect(cal.workingDaysBetween('2024-03-04', '2024-03-04')).toBe(0);
    expect(cal.workingDaysBetween('2024-03-04', '2024-03-05')).toBe(1);
    // Friday to Monday is one working day.
    expect(cal.workingDaysBetween('2024-03-08', '2024-03-11')).toBe(1);
    // A start on Saturday: Monday is the first working day after it.
    expect(cal.workingDaysBetween('2024-03-09', '2024-03-11')).toBe(1);
  });

  it('skips England and Wales bank holidays (Easter 2024: Good Friday 29 Mar, Easter Monday 1 Apr)', () => {
    // Thu 28 Mar → Tue 2 Apr: only Tue 2 Apr is a working day.
    expect(cal.workingDaysBetween('2024-03-28', '2024-04-02')).toBe(1);
    expect(cal.isWorkingDay('2024-03-29')).toBe(false);
    expect(cal.isWorkingDay('2024-04-01')).toBe(false);
    // Christmas 2026: 25 Dec (Fri) and 28 Dec (Mon, substitute for Boxing Day).
    expect(cal.workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1);
  });

  it('adds working days consistently with the duration', () => {
    const due = cal.addWorkingDays('2024-03-20', 15);
    expect(due).toBe('2024-04-12');
    expect(cal.workingDaysBetween('2024-03-20', due)).toBe(15);
    expect(cal.addWorkingDays('2024-04-02', -1)).toBe('2024-03-28');
  });

  it('treats local closure days as non-working', () => {
    const local = createCalendar(['2024-12-27', '2024-12-30', '2024-12-31']);
    expect(cal.workingDaysBetween('2024-12-24', '2025-01-02')).toBe(4);
    expect(local.workingDaysBetween('2024-12-24', '2025-01-02')).toBe(1);
    expect(() => createCalendar(['27/12/2024'])).toThrow(/closure day/);
  });

  it('produces table rows whose index agrees with the calendar', () => {
    const rows = [...calendarRows(cal, '2024-03-27', '2024-04-03')];
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(r.index).toBe(cal.index(new Date(r.day * 86400000).toISOString().slice(0, 10)));
    expect(rows.filter((r) => r.working)).toHaveLength(4);
  });
});
