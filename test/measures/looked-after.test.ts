import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   cla_open  | 8 | children looked after at D (start ≤ D, ceased blank or > D), counted once per child | count
 *   cla_uasc  | 8 | of cla_open, UASC = Yes | count
 *   cla_3plus_placements | 8 | Number of Placements in the Last 12 months ≥ 3 | children looked after at D
 *   cla_visited_6wk | 8 | Date of Last Social Work Visit within the last 42 days of D | children looked after at D
 *   cla_health_12m  | 8 | Date of Last Health Assessment within the last 365 days of D |
 *                       children looked after at D who started to be looked after ≤ D − 365 days
 *   cla_dental_12m  | as cla_health_12m with Date of Last Dental Check
 *   "within the last N days of D" means D − N days < date ≤ D (date not after D).
 *   Resolved 6: "cla_* percentages count children, using the row with the latest start when a child has two
 *   open rows (also for 'looked after for a year or more')".
 *   Resolved 1: duplicates = same child and same start date; first row wins.
 *
 * D = Sun 31 Mar 2024.
 *   D − 42 days = Sun 18 Feb 2024 (excluded); D − 41 = Mon 19 Feb (included).
 *   D − 365 days = Sat 1 Apr 2023 (2024 is a leap year: 31 Mar 2023 → 31 Mar 2024 is 366 days);
 *   health/dental window: 1 Apr 2023 excluded, 2 Apr 2023 (D − 364) included;
 *   "a year or more" denominator: started ≤ 1 Apr 2023.
 */
describe('children looked after (list 8), D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        8: [
          // Visit D − 41 → in; health D − 364 → in; dental D − 365 → out. Placements 3 → 3+. UASC 'a) Yes'.
          { child_id: 'L1', cla_start: '2020-05-01', cla_end: null, uasc: 'a) Yes', placements_last_12m: 3, last_visit: '2024-02-19', last_health_assessment: '2023-04-02', last_dental_check: '2023-04-01' },
          // Start = D − 365 → in the year-or-more denominator. Ceased D + 1 → open. Visit D − 42 → out.
          // Health after D → out. Dental on D → in.
          { child_id: 'L2', cla_start: '2023-04-01', cla_end: '2024-04-01', uasc: 'No', placements_last_12m: 2, last_visit: '2024-02-18', last_health_assessment: '2024-04-01', last_dental_check: '2024-03-31' },
          // Start = D − 364 → NOT looked after for a year. Visit on D → in. Placements '#N/A' → blank → not 3+.
          { child_id: 'L3', cla_start: '2023-04-02', cla_end: null, uasc: 'Y', placements_last_12m: '#N/A', last_visit: '2024-03-31', last_health_assessment: '2024-01-01', last_dental_check: '2024-01-01' },
          // Ceased on D → not looked after at D.
          { child_id: 'L4', cla_start: '2022-01-01', cla_end: '2024-03-31', uasc: 'Yes', placements_last_12m: 5, last_visit: '2024-03-30', last_health_assessment: '2024-01-01', last_dental_check: '2024-01-01' },
          // Started on D → looked after. No visit recorded → not visited.
          { child_id: 'L5', cla_start: '2024-03-31', cla_end: null, uasc: 'y', placements_last_12m: 1, last_visit: null, last_health_assessment: null, last_dental_check: null },
          // Starts the day after D → not looked after.
          { child_id: 'L6', cla_start: '2024-04-01', cla_end: null, uasc: 'Yes', placements_last_12m: 5, last_visit: '2024-03-30', last_health_assessment: '2024-01-01', last_dental_check: '2024-01-01' },
          // Two open rows: the one with the LATEST start (2023-12-01, second in the file) is the child's row:
          // placements 1 → not 3+; visit 1 Jan 2024 → out; started 1 Dec 2023 → not in the year-or-more denominator.
          { child_id: 'L7', cla_start: '2019-01-01', cla_end: null, uasc: 'Yes', placements_last_12m: 4, last_visit: '2024-03-30', last_health_assessment: '2024-01-01', last_dental_check: '2024-01-01' },
          { child_id: 'L7', cla_start: '2023-12-01', cla_end: null, uasc: 'Yes', placements_last_12m: 1, last_visit: '2024-01-01', last_health_assessment: null, last_dental_check: null },
          // Duplicate (same start): first row wins → UASC No, placements 3, visit 1 Mar (in), health 10 Oct 2023 (in), dental blank.
          { child_id: 'L8', cla_start: '2021-06-01', cla_end: null, uasc: 'b) No', placements_last_12m: 3, last_visit: '2024-03-01', last_health_assessment: '2023-10-10', last_dental_check: null },
          { child_id: 'L8', cla_start: '2021-06-01', cla_end: null, uasc: 'a) Yes', placements_last_12m: 0, last_visit: null, last_health_assessment: null, last_dental_check: '2024-01-01' },
          // Unreadable visit → out of cla_visited_6wk only.
          { child_id: 'L9', cla_start: '2021-01-01', cla_end: null, uasc: null, placements_last_12m: 5, last_visit: '31/02/2024', last_health_assessment: '2023-06-01', last_dental_check: null },
          // Unreadable start → out of every CLA measure.
          { child_id: 'L10', cla_start: 'unknown', cla_end: null, uasc: 'Yes', placements_last_12m: 5, last_visit: '2024-03-30', last_health_assessment: '2024-01-01', last_dental_check: '2024-01-01' },
          // Ceased '#N/A' → blank → open. UASC #N/A cell → not Yes. Visit 15 Mar → in. Dental unreadable → out of dental only.
          { child_id: 'L11', cla_start: '2022-02-02', cla_end: '#N/A', uasc: NA_ERROR, placements_last_12m: 0, last_visit: '2024-03-15', last_health_assessment: null, last_dental_check: 'unknown' },
          // Ceased #N/A cell → open. Visit after D → not within. Health D − 365 → out. Dental D − 364 → in.
          { child_id: 'L12', cla_start: '2023-01-01', cla_end: NA_ERROR, uasc: 'c) Unknown', placements_last_12m: 3, last_visit: '2024-04-01', last_health_assessment: '2023-04-01', last_dental_check: '2023-04-02' },
          // UASC 'asylum' has no readable code → not Yes.
          { child_id: 'L13', cla_start: '2023-03-31', cla_end: null, uasc: 'asylum', placements_last_12m: 7, last_visit: '2024-03-10', last_health_assessment: '2023-05-05', last_dental_check: '2024-03-02' },
          // Unreadable ceased date → out of every CLA measure (open at D reads it).
          { child_id: 'L14', cla_start: '2023-01-01', cla_end: '31/02/2024', uasc: 'Yes', placements_last_12m: 5, last_visit: '2024-03-30', last_health_assessment: '2024-01-01', last_dental_check: '2024-01-01' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cla_open: 10 children', async () => {
    // L1, L2, L3, L5, L7 (once), L8 (once), L9, L11, L12, L13 = 10
    expectCount(await f.value('cla_open', D), 10);
    const flags = flagsByChild(await f.drill('cla_open', D));
    expect(Object.keys(flags).sort()).toEqual(['L1', 'L11', 'L12', 'L13', 'L2', 'L3', 'L5', 'L7', 'L8', 'L9']);
    expect(flags.L7).toHaveLength(1);
    expect(flags.L8).toHaveLength(1);
  });

  it('cla_uasc: 4 children', async () => {
    // Yes: L1 'a) Yes', L3 'Y', L5 'y', L7 'Yes' (both rows) = 4.
    // Not: L2 'No', L8 first row 'b) No', L9 blank, L11 #N/A cell, L12 'c) Unknown', L13 'asylum'; L4, L6, L10, L14 not open.
    expectCount(await f.value('cla_uasc', D), 4);
    const flags = flagsByChild(await f.drill('cla_uasc', D));
    expect(Object.keys(flags).filter((k) => flags[k]?.includes(true)).sort()).toEqual(['L1', 'L3', 'L5', 'L7']);
    expect(flags.L7?.filter(Boolean)).toHaveLength(1);
  });

  it('cla_3plus_placements: 5 of 10 children', async () => {
    // 3+: L1 (3), L8 (3, first row), L9 (5), L12 (3), L13 (7) = 5.
    // Not: L2 (2), L3 (#N/A), L5 (1), L7 (latest row: 1), L11 (0).  100 × 5 / 10 = 50
    expectPercent(await f.value('cla_3plus_placements', D), 50, 5, 10);
    const rows = await f.drill('cla_3plus_placements', D);
    expect(numeratorChildren(rows)).toEqual(['L1', 'L12', 'L13', 'L8', 'L9']);
    expect(flagsByChild(rows).L7).toEqual([false]); // one row, the latest start's
  });

  it('cla_visited_6wk: 5 of 9 children (D − 41 in, D − 42 out, after D out)', async () => {
    // Denominator 10 − L9 (unreadable visit) = 9.
    // In: L1 (19 Feb = D − 41), L3 (D), L8 (1 Mar), L11 (15 Mar), L13 (10 Mar) = 5.
    // Out: L2 (18 Feb = D − 42), L5 (blank), L7 (latest row: 1 Jan), L12 (1 Apr, after D).
    // 100 × 5 / 9 = 55.5555… → 55.5556
    expectPercent(await f.value('cla_visited_6wk', D), 55.5556, 5, 9);
    const flags = flagsByChild(await f.drill('cla_visited_6wk', D));
    expect(flags.L1).toEqual([true]);
    expect(flags.L2).toEqual([false]);
    expect(flags.L7).toEqual([false]);
    expect(flags.L9).toBeUndefined();
    expect(flags.L12).toEqual([false]);
    expect(numeratorChildren(await f.drill('cla_visited_6wk', D))).toEqual(['L1', 'L11', 'L13', 'L3', 'L8']);
  });

  it('cla_health_12m: 4 of 7 children looked after for a year or more', async () => {
    // Denominator (latest row's start ≤ 1 Apr 2023): L1, L2 (1 Apr 2023), L8, L9, L11, L12, L13 = 7.
    // Out: L3 (2 Apr 2023), L5, L7 (latest start 1 Dec 2023, though its other row started 2019).
    // In: L1 (2 Apr 2023 = D − 364), L8 (10 Oct 2023), L9 (1 Jun 2023), L13 (5 May 2023) = 4.
    // Not: L2 (after D), L11 (blank), L12 (1 Apr 2023 = D − 365).  100 × 4 / 7 = 57.142857… → 57.1429
    expectPercent(await f.value('cla_health_12m', D), 57.1429, 4, 7);
    const rows = await f.drill('cla_health_12m', D);
    expect(Object.keys(flagsByChild(rows)).sort()).toEqual(['L1', 'L11', 'L12', 'L13', 'L2', 'L8', 'L9']);
    expect(numeratorChildren(rows)).toEqual(['L1', 'L13', 'L8', 'L9']);
  });

  it('cla_dental_12m: 3 of 6 children', async () => {
    // Denominator as cla_health_12m minus L11 (unreadable dental date) = 6.
    // In: L2 (D), L12 (2 Apr 2023 = D − 364), L13 (2 Mar 2024) = 3.
    // Not: L1 (1 Apr 2023 = D − 365), L8 (first row blank), L9 (blank).  100 × 3 / 6 = 50
    expectPercent(await f.value('cla_dental_12m', D), 50, 3, 6);
    const rows = await f.drill('cla_dental_12m', D);
    expect(Object.keys(flagsByChild(rows)).sort()).toEqual(['L1', 'L12', 'L13', 'L2', 'L8', 'L9']);
    expect(numeratorChildren(rows)).toEqual(['L12', 'L13', 'L2']);
  });
});
