import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn, dayToIso, isoToDay, monthEnd, monthEndsBetween, parseIso } from './dates.js';

describe('calendar dates', () => {
  it('round-trips ISO dates through day numbers, before and after 1970', () => {
    for (const d of ['1900-03-01', '1969-12-31', '1970-01-01', '2024-02-29', '9999-12-31']) {
      expect(dayToIso(isoToDay(d))).toBe(d);
    }
  });

  it('rejects impossible dates', () => {
    expect(parseIso('2024-02-30')).toBeNull();
    expect(parseIso('2023-02-29')).toBeNull();
    expect(parseIso('2024-13-01')).toBeNull();
    expect(parseIso('24-01-01')).toBeNull();
  });

  it('moves 29 February to 28 February when the target year has none', () => {
    expect(addYears('2024-02-29', -2)).toBe('2022-02-28');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('computes age in completed years, with 29 February birthdays on 1 March', () => {
    expect(ageOn('2005-06-15', '2024-06-14')).toBe(18);
    expect(ageOn('2005-06-15', '2024-06-15')).toBe(19);
    expect(ageOn('2004-02-29', '2023-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2023-03-01')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('lists month ends', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEndsBetween('2024-11-30', '2025-02-28')).toEqual(['2024-11-30', '2024-12-31', '2025-01-31', '2025-02-28']);
  });
});
