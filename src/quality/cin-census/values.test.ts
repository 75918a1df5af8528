import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../model/dates.js';
import { day, daysFromCivil, weekday } from './values.js';

describe('reading CIN Census dates', () => {
  it('reads xs:dates, with or without a time zone, as day numbers', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-03-31', '1899-12-31', '2099-12-31']) expect(day(iso)).toBe(isoToDay(iso));
    expect(day('2025-03-31Z')).toBe(isoToDay('2025-03-31'));
    expect(day('2025-03-31+01:00')).toBe(isoToDay('2025-03-31'));
  });

  it('reads nothing else: other forms, impossible dates, blanks', () => {
    for (const t of ['31/03/2025', '2025-3-31', '2025-02-29', '2025-13-01', '2025-00-10', '2025-03-32', 'yesterday', '', null, '2025-03-31T00:00:00']) expect(day(t)).toBeNull();
  });

  it('matches the calendar arithmetic for every day of four centuries', () => {
    let d = isoToDay('1900-01-01');
    for (let y = 1900; y < 2300; y += 7) {
      for (const [m, dd] of [[1, 1], [2, 28], [3, 1], [12, 31]] as const) expect(daysFromCivil(y, m, dd)).toBe(isoToDay(`${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`));
    }
    expect(d).toBe(-25567);
    d = isoToDay('2025-03-29');
    expect(weekday(d)).toBe(5); // a Saturday
  });
});
