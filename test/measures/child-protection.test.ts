import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   s47_month  | 5 | enquiries whose strategy discussion date is in the reporting month | count
 *   icpc_15wd  | 5 | duration strategy discussion → ICPC ≤ 15 working days | rows whose Date of ICPC is in the
 *                reporting month and not before the strategy discussion
 *   cp_open    | 7 | children with a CP plan open at D, counted once per child | count
 *   cp_visited_10wd | 7 | Date of the Last Statutory Visit ≤ D and duration visit → D ≤ 10 working days | CP plans open at D
 *   cp_second_plus  | 7 | Number of Previous Child Protection Plans ≥ 1 | CP plans open at D
 *   cp_2years_plus  | 7 | plan start ≤ D − 2 years (same day and month, two years earlier) | CP plans open at D
 *   Resolved 1: duplicates judged on strategy date for s47_month, ICPC date for icpc_15wd, start date for list 7.
 *   Resolved 2: "a blank strategy-discussion date removes the row from the icpc_15wd denominator";
 *               "no visit recorded = not visited"; blank end = still open.
 *   Resolved 4: "icpc_15wd excludes ICPCs dated before the strategy discussion".
 *   Resolved 6: "cp_* percentages count open plans (rows); cp_open … count children".
 *   Resolved 7: "Two years before 29 February is 28 February."
 *
 * 2024 bank holidays used: Early May Mon 6 May, Spring Mon 27 May, Summer Mon 26 Aug, Good Friday 29 Mar.
 */

describe('s47_month and icpc_15wd (list 5), D = Fri 31 May 2024', () => {
  const D = '2024-05-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        5: [
          // Fri 3 May → Tue 28 May: Mon 6 May (Early May) out; Tue 7–Fri 10 (4), 13–17 (9), 20–24 (14),
          // Mon 27 May (Spring) out, Tue 28 (15) → 15 → within.
          { child_id: 'P1', strategy_date: '2024-05-03', icpc_date: '2024-05-28' },
          // … Wed 29 May = 16 → not within.
          { child_id: 'P2', strategy_date: '2024-05-03', icpc_date: '2024-05-29' },
          // Same day → 0 → within.
          { child_id: 'P3', strategy_date: '2024-05-10', icpc_date: '2024-05-10' },
          // ICPC (17 May) before strategy (20 May) → out of the icpc_15wd denominator; s47 counted (May).
          { child_id: 'P4', strategy_date: '2024-05-20', icpc_date: '2024-05-17' },
          // Blank strategy date → out of icpc_15wd; not an s47 in the month.
          { child_id: 'P5', strategy_date: null, icpc_date: '2024-05-15' },
          // Unreadable strategy date → out of both.
          { child_id: 'P6', strategy_date: '31/02/2024', icpc_date: '2024-05-15' },
          // Strategy in April: Thu 25 Apr → Thu 2 May: Fri 26, Mon 29, Tue 30, Wed 1, Thu 2 = 5 → within; s47 not in May.
          { child_id: 'P7', strategy_date: '2024-04-25', icpc_date: '2024-05-02' },
          // No ICPC → s47 counted, not in icpc_15wd.
          { child_id: 'P8', strategy_date: '2024-05-30', icpc_date: null },
          // Strategy on D → s47 counted; ICPC on Mon 3 Jun (after D) → not in icpc_15wd.
          { child_id: 'P9', strategy_date: '2024-05-31', icpc_date: '2024-06-03' },
          // Strategy the day after D → out.
          { child_id: 'P10', strategy_date: '2024-06-01', icpc_date: null },
          // Unreadable ICPC date → out of icpc_15wd; s47_month does not read it → counted.
          { child_id: 'P11', strategy_date: '2024-05-13', icpc_date: 'unknown' },
          // Identical duplicates: Tue 14 → Tue 21 May: 15, 16, 17, 20, 21 = 5 → within; counted once in both.
          { child_id: 'P12', strategy_date: '2024-05-14', icpc_date: '2024-05-21' },
          { child_id: 'P12', strategy_date: '2024-05-14', icpc_date: '2024-05-21' },
          // Same child, same ICPC date, different strategy dates → one ICPC, first row wins:
          // Thu 2 May → Fri 24 May: Fri 3 (1), [Mon 6 holiday], 7–10 (5), 13–17 (10), 20–24 (15) → within.
          // (The second row, 1 Apr → 24 May, would be 38.) s47_month: 2 May counted; 1 Apr is not in May.
          { child_id: 'P13', strategy_date: '2024-05-02', icpc_date: '2024-05-24' },
          { child_id: 'P13', strategy_date: '2024-04-01', icpc_date: '2024-05-24' },
          // Same child, same strategy date, two ICPC dates → one s47 enquiry, two ICPCs:
          // Wed 1 → Wed 8 May: 2, 3, [6], 7, 8 = 4 → within; Wed 1 → Fri 24 May = 16 → not within.
          { child_id: 'P14', strategy_date: '2024-05-01', icpc_date: '2024-05-08' },
          { child_id: 'P14', strategy_date: '2024-05-01', icpc_date: '2024-05-24' },
          // ICPC on the first day of the month: Tue 30 Apr → Wed 1 May = 1 → within.
          { child_id: 'P15', strategy_date: '2024-04-30', icpc_date: '2024-05-01' },
          // ICPC in the previous month → out.
          { child_id: 'P16', strategy_date: '2024-03-28', icpc_date: '2024-04-30' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('s47_month: 10 enquiries with a strategy discussion 1–31 May', async () => {
    // P1, P2, P3, P4, P8, P9, P11, P12 (once), P13 (2 May), P14 (once) = 10
    expectCount(await f.value('s47_month', D), 10);
    const flags = flagsByChild(await f.drill('s47_month', D));
    expect(Object.keys(flags).sort()).toEqual(['P1', 'P11', 'P12', 'P13', 'P14', 'P2', 'P3', 'P4', 'P8', 'P9']);
    expect(flags.P12).toHaveLength(1);
    expect(flags.P14).toHaveLength(1);
  });

  it('icpc_15wd: 7 of 9', async () => {
    // Denominator: P1, P2, P3, P7, P12 (once), P13 (once), P14 ×2, P15 = 9
    // (out: P4 before strategy, P5 blank strategy, P6 unreadable strategy, P8 no ICPC, P9 after D,
    //  P11 unreadable ICPC, P16 previous month).
    // Within: P1 (15), P3 (0), P7 (5), P12 (5), P13 (15), P14 8 May (4), P15 (1) = 7. 100 × 7 / 9 = 77.7778
    expectPercent(await f.value('icpc_15wd', D), 77.7778, 7, 9);
  });

  it('icpc_15wd per child: 15 in, 16 out, ICPC before strategy and blank strategy excluded', async () => {
    const flags = flagsByChild(await f.drill('icpc_15wd', D));
    expect(flags.P1).toEqual([true]);
    expect(flags.P2).toEqual([false]);
    expect(flags.P3).toEqual([true]);
    expect(flags.P4).toBeUndefined();
    expect(flags.P5).toBeUndefined();
    expect(flags.P6).toBeUndefined();
    expect(flags.P7).toEqual([true]);
    expect(flags.P8).toBeUndefined();
    expect(flags.P9).toBeUndefined();
    expect(flags.P11).toBeUndefined();
    expect(flags.P12).toEqual([true]);
    expect(flags.P13).toEqual([true]);
    expect([...(flags.P14 ?? [])].sort()).toEqual([false, true]);
    expect(flags.P15).toEqual([true]);
    expect(flags.P16).toBeUndefined();
  });
});

describe('icpc_15wd over Christmas 2021 substitute bank holidays, D = Mon 31 Jan 2022', () => {
  const D = '2022-01-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        5: [
          // Wed 15 Dec 2021 → Mon 10 Jan 2022: Thu 16, Fri 17 (2), Mon 20–Fri 24 (7),
          // Mon 27 + Tue 28 Dec (substitutes for Christmas Day Sat / Boxing Day Sun) out, Wed 29–Fri 31 (10),
          // Mon 3 Jan (substitute for New Year's Day Sat) out, Tue 4–Fri 7 (14), Mon 10 (15) → within.
          { child_id: 'X15', strategy_date: '2021-12-15', icpc_date: '2022-01-10' },
          // … Tue 11 Jan = 16 → not within.
          { child_id: 'X16', strategy_date: '2021-12-15', icpc_date: '2022-01-11' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('15 working days within, 16 not → 50%', async () => {
    expectPercent(await f.value('icpc_15wd', D), 50, 1, 2);
    expect(numeratorChildren(await f.drill('icpc_15wd', D))).toEqual(['X15']);
    // Both strategy discussions are in December → none in the January reporting month.
    expectCount(await f.value('s47_month', D), 0);
  });
});

describe('CP plans (list 7), D = Thu 29 Feb 2024', () => {
  const D = '2024-02-29';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        7: [
          // Start 28 Feb 2022 = D − 2 years (29 Feb → 28 Feb) → 2 years+. Visit Thu 15 Feb → Thu 29 Feb:
          // 16, 19–23, 26–29 = 1 + 5 + 4 = 10 → within. Previous plans 0.
          { child_id: 'C1', cp_start: '2022-02-28', cp_end: null, last_visit: '2024-02-15', previous_cp_plans: 0 },
          // Start 1 Mar 2022 → not 2 years+. End 1 Mar 2024 (D + 1) → open. Visit Wed 14 Feb → 11 → not within. Previous 1.
          { child_id: 'C2', cp_start: '2022-03-01', cp_end: '2024-03-01', last_visit: '2024-02-14', previous_cp_plans: 1 },
          // End = D → closed at D → out of everything.
          { child_id: 'C3', cp_start: '2023-06-01', cp_end: '2024-02-29', last_visit: '2024-02-28', previous_cp_plans: 1 },
          // Start = D → open. Visit on D → 0 → within. Previous blank → not ≥ 1.
          { child_id: 'C4', cp_start: '2024-02-29', cp_end: null, last_visit: '2024-02-29', previous_cp_plans: null },
          // Start the day after D → not open.
          { child_id: 'C5', cp_start: '2024-03-01', cp_end: null, last_visit: '2024-02-29', previous_cp_plans: 1 },
          // Two open plans (different starts) → one child for cp_open, two plans for cp_*.
          // Plan a: no visit recorded → not visited; previous 2. Plan b: visit after D → not visited; previous 0.
          { child_id: 'C6', cp_start: '2023-01-10', cp_end: null, last_visit: null, previous_cp_plans: 2 },
          { child_id: 'C6', cp_start: '2023-09-01', cp_end: null, last_visit: '2024-03-01', previous_cp_plans: 0 },
          // Duplicate plan (same child, same start): first row wins. Tue 20 → Thu 29 Feb: 21, 22, 23, 26, 27, 28, 29 = 7 → within; previous 0.
          { child_id: 'C7', cp_start: '2023-05-05', cp_end: null, last_visit: '2024-02-20', previous_cp_plans: 0 },
          { child_id: 'C7', cp_start: '2023-05-05', cp_end: null, last_visit: '2023-01-01', previous_cp_plans: 3 },
          // Unreadable visit date → out of cp_visited_10wd only; open plan with previous 1.
          { child_id: 'C8', cp_start: '2023-04-04', cp_end: null, last_visit: '31/02/2024', previous_cp_plans: 1 },
          // Unreadable start → out of every CP measure.
          { child_id: 'C9', cp_start: 'unknown', cp_end: null, last_visit: '2024-02-28', previous_cp_plans: 1 },
          // End '#N/A' → blank → open. Visit #N/A error cell → blank → not visited. Previous '#N/A' → blank → not ≥ 1.
          { child_id: 'C10', cp_start: '2023-02-01', cp_end: '#N/A', last_visit: NA_ERROR, previous_cp_plans: '#N/A' },
          // Unreadable end → the row is out of every measure reading the end date (all of them: open at D).
          { child_id: 'C11', cp_start: '2023-02-01', cp_end: '31/02/2024', last_visit: '2024-02-28', previous_cp_plans: 1 },
          // End #N/A error cell → open. Start 1 Jan 2022 → 2 years+. Mon 26 → Thu 29 Feb = 3 → within. Previous 0.
          { child_id: 'C12', cp_start: '2022-01-01', cp_end: NA_ERROR, last_visit: '2024-02-26', previous_cp_plans: 0 },
          // Ended long ago → out.
          { child_id: 'C13', cp_start: '2021-06-01', cp_end: '2023-12-01', last_visit: '2023-11-30', previous_cp_plans: 1 },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cp_open: 8 children', async () => {
    // C1, C2, C4, C6 (once), C7, C8, C10, C12 = 8
    expectCount(await f.value('cp_open', D), 8);
    const flags = flagsByChild(await f.drill('cp_open', D));
    expect(Object.keys(flags).sort()).toEqual(['C1', 'C10', 'C12', 'C2', 'C4', 'C6', 'C7', 'C8']);
    expect(flags.C6).toHaveLength(1);
  });

  it('cp_visited_10wd: 4 of 8 plans', async () => {
    // Plans open: C1, C2, C4, C6a, C6b, C7, C8, C10, C12 = 9; minus C8 (unreadable visit) = 8.
    // Within: C1 (10), C4 (0), C7 (7), C12 (3) = 4. Not: C2 (11), C6a (blank), C6b (after D), C10 (#N/A).
    expectPercent(await f.value('cp_visited_10wd', D), 50, 4, 8);
    const flags = flagsByChild(await f.drill('cp_visited_10wd', D));
    expect(flags.C1).toEqual([true]);
    expect(flags.C2).toEqual([false]);
    expect(flags.C4).toEqual([true]);
    expect(flags.C6).toEqual([false, false]);
    expect(flags.C7).toEqual([true]);
    expect(flags.C8).toBeUndefined();
    expect(flags.C10).toEqual([false]);
    expect(flags.C12).toEqual([true]);
  });

  it('cp_second_plus: 3 of 9 plans', async () => {
    // ≥ 1 previous: C2 (1), C6a (2), C8 (1) = 3. Not: C1 0, C4 blank, C6b 0, C7 first row 0, C10 #N/A, C12 0.
    // 100 × 3 / 9 = 33.3333
    expectPercent(await f.value('cp_second_plus', D), 33.3333, 3, 9);
    const flags = flagsByChild(await f.drill('cp_second_plus', D));
    expect([...(flags.C6 ?? [])].sort()).toEqual([false, true]);
    expect(flags.C7).toEqual([false]);
    expect(numeratorChildren(await f.drill('cp_second_plus', D))).toEqual(['C2', 'C6', 'C8']);
  });

  it('cp_2years_plus: D = 29 Feb 2024 → start ≤ 28 Feb 2022 → 2 of 9 plans', async () => {
    // C1 (28 Feb 2022) and C12 (1 Jan 2022) in; C2 (1 Mar 2022) not. 100 × 2 / 9 = 22.2222
    expectPercent(await f.value('cp_2years_plus', D), 22.2222, 2, 9);
    expect(numeratorChildren(await f.drill('cp_2years_plus', D))).toEqual(['C1', 'C12']);
  });
});

describe('CP boundaries at D = Sun 31 Mar 2024 (Easter) ', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        7: [
          // Start 31 Mar 2022 = D − 2 years → 2 years+.
          // Visit Thu 14 Mar → Sun 31 Mar: 15, 18–22, 25–28 (Good Friday 29 Mar out) = 1 + 5 + 4 = 10 → within.
          { child_id: 'E10', cp_start: '2022-03-31', last_visit: '2024-03-14', previous_cp_plans: 0 },
          // Start 1 Apr 2022 → not 2 years+. Visit Wed 13 Mar → 11 → not within.
          { child_id: 'E11', cp_start: '2022-04-01', last_visit: '2024-03-13', previous_cp_plans: 0 },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cp_2years_plus: 31 Mar 2022 in, 1 Apr 2022 out', async () => {
    expectPercent(await f.value('cp_2years_plus', D), 50, 1, 2);
    expect(numeratorChildren(await f.drill('cp_2years_plus', D))).toEqual(['E10']);
  });

  it('cp_visited_10wd: 10 working days (Good Friday excluded) in, 11 out', async () => {
    expectPercent(await f.value('cp_visited_10wd', D), 50, 1, 2);
    expect(numeratorChildren(await f.drill('cp_visited_10wd', D))).toEqual(['E10']);
  });
});

describe('cp_visited_10wd across other bank holidays', () => {
  const cases = [
    {
      // Fri 31 May 2024: Thu 16 May → 17, 20–24, [Mon 27 May Spring bank holiday], 28–31 = 1 + 5 + 4 = 10.
      name: 'Spring bank holiday, D = Fri 31 May 2024',
      D: '2024-05-31',
      in10: '2024-05-16',
      out11: '2024-05-15',
    },
    {
      // Fri 30 Aug 2024: Thu 15 Aug → 16, 19–23, [Mon 26 Aug Summer bank holiday], 27–30 = 1 + 5 + 4 = 10.
      name: 'Summer bank holiday, D = Fri 30 Aug 2024',
      D: '2024-08-30',
      in10: '2024-08-15',
      out11: '2024-08-14',
    },
    {
      // Fri 6 Jan 2023: Tue 20 Dec 2022 → 21, 22, 23, [Mon 26 Boxing Day, Tue 27 Dec substitute for Christmas Day],
      // 28, 29, 30, [Mon 2 Jan substitute for New Year's Day], 3, 4, 5, 6 = 3 + 3 + 4 = 10.
      name: 'Christmas 2022 substitutes, D = Fri 6 Jan 2023 (not a month end)',
      D: '2023-01-06',
      in10: '2022-12-20',
      out11: '2022-12-19',
    },
  ] as const;

  for (const c of cases) {
    it(`${c.name}: 10 working days in, 11 out`, async () => {
      const f = await loadFixture(
        {
          7: [
            { child_id: 'V10', cp_start: '2022-06-01', last_visit: c.in10, previous_cp_plans: 0 },
            { child_id: 'V11', cp_start: '2022-06-01', last_visit: c.out11, previous_cp_plans: 0 },
          ],
        },
        c.D,
      );
      try {
        expectPercent(await f.value('cp_visited_10wd', c.D), 50, 1, 2);
        expect(numeratorChildren(await f.drill('cp_visited_10wd', c.D))).toEqual(['V10']);
      } finally {
        await f.close();
      }
    });
  }
});

/*
 * Local closure days (closures 27, 30 and 31 Dec 2024) count like bank holidays. D = Tue 31 Dec 2024.
 *   Fri 13 Dec → Tue 31 Dec: Mon 16–Fri 20 (5), Mon 23, Tue 24 (7), [Wed 25 Christmas, Thu 26 Boxing Day],
 *     Fri 27, Mon 30, Tue 31 (10) → 10 without closures, 7 with.   Thu 12 Dec adds Fri 13 → 11 / 8.
 *   Thu 5 Dec → Tue 31 Dec: Fri 6 (1), 9–13 (6), 16–20 (11), 23, 24 (13), 27, 30, 31 (16) → 16 / 13.
 *   Fri 6 Dec → 15 / 12.
 */
describe('cp_visited_10wd and icpc_15wd with local closure days, D = Tue 31 Dec 2024', () => {
  const D = '2024-12-31';
  const lists = {
    5: [
      { child_id: 'IC15', strategy_date: '2024-12-06', icpc_date: '2024-12-31' },
      { child_id: 'IC16', strategy_date: '2024-12-05', icpc_date: '2024-12-31' },
    ],
    7: [
      { child_id: 'VC10', cp_start: '2024-01-01', last_visit: '2024-12-13', previous_cp_plans: 0 },
      { child_id: 'VC11', cp_start: '2024-01-01', last_visit: '2024-12-12', previous_cp_plans: 0 },
    ],
  };
  let plain: LoadedFixture;
  let closed: LoadedFixture;
  beforeAll(async () => {
    plain = await loadFixture(lists, D);
    closed = await loadFixture(lists, D, { closures: ['2024-12-27', '2024-12-30', '2024-12-31'] });
  });
  afterAll(async () => {
    await plain?.close();
    await closed?.close();
  });

  it('without closures: visit 10 in / 11 out, ICPC 15 in / 16 out', async () => {
    expectPercent(await plain.value('cp_visited_10wd', D), 50, 1, 2);
    expect(numeratorChildren(await plain.drill('cp_visited_10wd', D))).toEqual(['VC10']);
    expectPercent(await plain.value('icpc_15wd', D), 50, 1, 2);
    expect(numeratorChildren(await plain.drill('icpc_15wd', D))).toEqual(['IC15']);
  });

  it('with closures: visit 7 and 8, ICPC 12 and 13 → all within', async () => {
    expectPercent(await closed.value('cp_visited_10wd', D), 100, 2, 2);
    expectPercent(await closed.value('icpc_15wd', D), 100, 2, 2);
  });
});
