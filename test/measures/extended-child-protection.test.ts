import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { cpReviewsInTimescale, cpVisitedInStandard } from '../../src/measures/catalogue/extended-child-protection.js';
import { drill, evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import type { Measure } from '../../src/measures/measure.js';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Extended child-protection measures (src/measures/catalogue/extended-child-protection.ts). Conventions as the core:
 * duplicates judged on the key date (strategy date, ICPC date, plan start or end), first row wins; cp_* percentages
 * count plans (rows); "n months" = start on or before D − n months (same day of the month, or the last day of a
 * shorter month); "X + n months is overdue" only when D is after that date.
 */

const DEFAULTS = parseConfig('', 'test').standards;

async function evaluate(f: LoadedFixture, m: Measure, d: string) {
  const { points } = await resolveAsAt(f.store.db, [d]);
  const [v] = await evaluateMeasures(f.store.db, points, [m]);
  return { value: v, rows: await drill(f.store.db, points[0] as (typeof points)[number], m) };
}

describe('section 47 enquiries and ICPCs (list 5), D = Mon 30 Sep 2024 (YTD 1 Apr – 30 Sep 2024)', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        5: [
          { child_id: 'P1', strategy_date: '2024-04-01', icpc_date: '2024-04-20', icpc_resulted_in_plan: 'Yes' },
          { child_id: 'P2', strategy_date: '2024-09-30', icpc_date: null, icpc_unnecessary: 'Yes' }, // no ICPC
          { child_id: 'P3', strategy_date: '2024-03-31', icpc_date: '2024-04-10', icpc_resulted_in_plan: 'No' }, // s47 before the YTD; ICPC in it
          { child_id: 'P4', strategy_date: '2024-06-01', icpc_date: '2024-05-30' }, // ICPC before the strategy discussion
          { child_id: 'P5', strategy_date: '2024-06-02', icpc_date: 'unknown' }, // unreadable ICPC date
          { child_id: 'P6', strategy_date: '2024-09-20', icpc_date: '2024-10-02' }, // ICPC after D
          { child_id: 'P7', strategy_date: '2024-07-01', icpc_date: '2024-07-15', icpc_resulted_in_plan: 'a) Yes' },
          // Duplicate strategy date: one enquiry (first row: ICPC 10 Aug). By ICPC date the second row has none.
          { child_id: 'P8', strategy_date: '2024-08-01', icpc_date: '2024-08-10', icpc_resulted_in_plan: 'Yes' },
          { child_id: 'P8', strategy_date: '2024-08-01', icpc_date: null },
          { child_id: 'P9', strategy_date: null, icpc_date: '2024-08-20', icpc_resulted_in_plan: 'Y' }, // blank strategy; an ICPC
          { child_id: 'P10', strategy_date: '31/02/2024', icpc_date: null }, // unreadable strategy date
          { child_id: 'P11', strategy_date: '2024-10-01', icpc_date: null }, // after D
        ],
      },
      D,
      { population: 35_000 },
    );
  });
  afterAll(async () => f?.close());

  it('s47_rate_ytd: 7 enquiries × 10,000 ÷ 35,000 = 2', async () => {
    // Strategy discussions 1 Apr – 30 Sep: P1, P2, P4, P5, P6, P7, P8 (once) = 7.
    expect(await f.value('s47_rate_ytd', D)).toMatchObject({ kind: 'rate', value: 2, numerator: 7, denominator: 35_000 });
  });

  it('s47_r12: the same 7 (P3’s 31 Mar 2024 is in the rolling year but no loaded extract’s window holds it)', async () => {
    expectCount(await f.value('s47_r12', D), 7);
  });

  it('s47_to_icpc_ytd: P1, P7, P8 of 6 → 50', async () => {
    // Denominator: the 7 enquiries less P5 (unreadable ICPC date) = 6.
    // Not converted: P2 (no ICPC), P4 (ICPC before the strategy discussion), P6 (ICPC after D).
    expectPercent(await f.value('s47_to_icpc_ytd', D), 50, 3, 6);
    const rows = await f.drill('s47_to_icpc_ytd', D);
    expect(numeratorChildren(rows)).toEqual(['P1', 'P7', 'P8']);
    expect(rows.find((r) => r.child_id === 'P2')?.reason).toBe('no ICPC (deemed unnecessary)');
    expect(flagsByChild(rows).P5).toBeUndefined();
  });

  it('icpc_plan_ytd: ICPCs 1 Apr – 30 Sep resulting in a plan → 4 of 6', async () => {
    // ICPCs: P1 (Yes), P3 (No), P4 (blank), P7 (a) Yes), P8 (Yes), P9 (Y) = 6; P6's is after D.
    expectPercent(await f.value('icpc_plan_ytd', D), 66.6667, 4, 6);
    expect(numeratorChildren(await f.drill('icpc_plan_ytd', D))).toEqual(['P1', 'P7', 'P8', 'P9']);
  });
});

describe('CP plans started (list 7), D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        7: [
          { child_id: 'A1', cp_start: '2024-09-01', previous_cp_plans: 0 }, // month; first plan
          { child_id: 'A2', cp_start: '2024-09-30', previous_cp_plans: 2 }, // D; second or subsequent (column)
          // An earlier plan in the list (ended 5 Apr 2024) makes the 1 Jun plan a second plan though the column is blank.
          { child_id: 'A3', cp_start: '2023-01-01', cp_end: '2024-04-05', previous_cp_plans: 0 },
          { child_id: 'A3', cp_start: '2024-06-01', previous_cp_plans: null },
          { child_id: 'A4', cp_start: '2024-03-31', previous_cp_plans: 1 }, // the day before the YTD
          { child_id: 'A5', cp_start: '2024-10-01', previous_cp_plans: 1 }, // after D
          { child_id: 'A6', cp_start: 'unknown', previous_cp_plans: 1 }, // unreadable
          // Duplicate start: once; the first row (0 previous) wins and a same-day duplicate is not an earlier plan.
          { child_id: 'A7', cp_start: '2024-07-07', previous_cp_plans: 0 },
          { child_id: 'A7', cp_start: '2024-07-07', previous_cp_plans: 3 },
          { child_id: 'A8', cp_start: '2024-05-05', previous_cp_plans: '#N/A' }, // blank → not ≥ 1
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cp_started_month: A1, A2 = 2; cp_started_ytd: A1, A2, A3 (1 Jun), A7, A8 = 5', async () => {
    expectCount(await f.value('cp_started_month', D), 2);
    expectCount(await f.value('cp_started_ytd', D), 5);
  });

  it('cp_started_second_plus_ytd: A2 (column), A3 (earlier plan) of 5 → 40; the rolling year is the same here', async () => {
    expectPercent(await f.value('cp_started_second_plus_ytd', D), 40, 2, 5);
    expectPercent(await f.value('cp_started_second_plus_r12', D), 40, 2, 5);
    const rows = await f.drill('cp_started_second_plus_ytd', D);
    expect(numeratorChildren(rows)).toEqual(['A2', 'A3']);
    expect(rows.find((r) => r.child_id === 'A3')?.reason).toBe('earlier plan started 2023-01-01');
    expect(flagsByChild(rows).A7).toEqual([false]);
  });
});

/*
 * Plans ended 1 Apr – 30 Sep 2024 and their whole months from start to end (duration bands of DfE D7):
 *   E1 1 Jul → 30 Sep = 2 (under 3 months)        E2 30 Jun → 30 Sep = 3 (3 to 6: exactly 3 months)
 *   E3 31 Mar → 30 Sep = 5 (30 Sep − 6 months = 30 Mar, before 31 Mar)   E4 30 Sep 2023 → 30 Sep 2024 = 12 (1–2 years)
 *   E5 30 Sep 2022 → 30 Sep 2024 = 24 (2 years+)   E6 1 Oct 2022 → 30 Sep 2024 = 23 (1–2 years)
 *   E7 blank start (no band)   E8 unreadable start (counted as ended, left out of the bands)
 *   E9 end before start → 0 (under 3 months)        E13 1 Jan 2023 → 5 Apr 2024 = 15 (1–2 years)
 */
describe('CP plans ended and their durations (list 7), D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        7: [
          { child_id: 'E1', cp_start: '2024-07-01', cp_end: '2024-09-30' },
          { child_id: 'E2', cp_start: '2024-06-30', cp_end: '2024-09-30' },
          { child_id: 'E3', cp_start: '2024-03-31', cp_end: '2024-09-30' },
          { child_id: 'E4', cp_start: '2023-09-30', cp_end: '2024-09-30' },
          { child_id: 'E5', cp_start: '2022-09-30', cp_end: '2024-09-30' },
          { child_id: 'E6', cp_start: '2022-10-01', cp_end: '2024-09-30' },
          { child_id: 'E7', cp_start: null, cp_end: '2024-08-01' },
          { child_id: 'E8', cp_start: 'unknown', cp_end: '2024-08-02' },
          { child_id: 'E9', cp_start: '2024-08-10', cp_end: '2024-08-05' },
          { child_id: 'E10', cp_start: '2023-01-01', cp_end: '2024-03-31' }, // before the YTD
          { child_id: 'E11', cp_start: '2023-01-01', cp_end: '2024-10-01' }, // after D (open at D)
          { child_id: 'E12', cp_start: '2023-01-01', cp_end: '31/02/2024' }, // unreadable end
          { child_id: 'E13', cp_start: '2023-01-01', cp_end: '2024-04-05' },
          { child_id: 'E13', cp_start: '2023-01-01', cp_end: '2024-04-05' }, // duplicate → once
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cp_ended_ytd: E1–E9 and E13 = 10 plans', async () => {
    expectCount(await f.value('cp_ended_ytd', D), 10);
  });

  it('duration bands over 9 plans (E8 left out): 2 / 2 / 0 / 3 / 1, E7 in none', async () => {
    expectPercent(await f.value('cp_ended_under_3m_ytd', D), 22.2222, 2, 9); // E1, E9
    expectPercent(await f.value('cp_ended_3_6m_ytd', D), 22.2222, 2, 9); // E2, E3
    expectPercent(await f.value('cp_ended_6_12m_ytd', D), 0, 0, 9);
    expectPercent(await f.value('cp_ended_1_2y_ytd', D), 33.3333, 3, 9); // E4, E6, E13
    expectPercent(await f.value('cp_ended_2y_plus_ytd', D), 11.1111, 1, 9); // E5
    expect(numeratorChildren(await f.drill('cp_ended_under_3m_ytd', D))).toEqual(['E1', 'E9']);
    expect(numeratorChildren(await f.drill('cp_ended_3_6m_ytd', D))).toEqual(['E2', 'E3']);
    expect(numeratorChildren(await f.drill('cp_ended_1_2y_ytd', D))).toEqual(['E13', 'E4', 'E6']);
    const e7 = (await f.drill('cp_ended_2y_plus_ytd', D)).find((r) => r.child_id === 'E7');
    expect(e7?.reason).toBe('no start date: duration unknown');
  });
});

/*
 * Open plans at D = Fri 28 Feb 2025 (no bank holidays in February 2025).
 *   18 months: D − 18 months = 28 Aug 2023 (start 28 Aug in, 29 Aug out).
 *   Visits, working days back from D: Fri 14 Feb → 10, Thu 13 Feb → 11, Fri 31 Jan → 20, Thu 30 Jan → 21,
 *     Thu 20 Feb → 6, Fri 21 Feb → 5.
 *   Reviews (every 6 months): review + 6 months ≥ D: 28 Aug 2024 → 28 Feb (due on D, in); 27 Aug → 27 Feb (overdue);
 *     31 Aug 2024 → 28 Feb 2025 (31 Feb does not exist: in). First review (start + 3 months): 30 Nov → 28 Feb (in);
 *     28 Nov → 28 Feb (in); 27 Nov → 27 Feb (overdue); 1 Dec → 1 Mar (in).
 *   EPO: plans open at some time after D − 6 months = 28 Aug 2024 (end 29 Aug in, end 28 Aug out).
 */
describe('open CP plans: categories, duration, visits, seen alone, reviews, EPOs and rate, D = Fri 28 Feb 2025', () => {
  const D = '2025-02-28';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        7: [
          { child_id: 'Q1', cp_start: '2023-08-28', latest_category: 'a) Neglect', last_visit: '2025-02-14', seen_alone: 'Yes', last_review: '2024-08-28', epo_last_6m: 'No' },
          { child_id: 'Q2', cp_start: '2023-08-29', initial_category: 'Neglect', latest_category: 'EMO', last_visit: '2025-02-13', seen_alone: 'No', last_review: '2024-08-27', epo_last_6m: 'Yes' },
          // Latest category blank → the initial category (PHY) is used.
          { child_id: 'Q3', cp_start: '2024-11-30', initial_category: 'PHY', latest_category: null, last_visit: '2025-01-31', seen_alone: 'a) Yes', last_review: null },
          { child_id: 'Q4', cp_start: '2024-11-27', latest_category: 'sexual', last_visit: null, seen_alone: null, last_review: null },
          { child_id: 'Q5', cp_start: '2024-11-28', latest_category: 'Multiple/not recommended', last_visit: '2025-01-30', seen_alone: 'c) Unknown', last_review: null },
          { child_id: 'Q6', cp_start: '2022-01-01', latest_category: 'Neglect', last_visit: 'unknown', seen_alone: 'Y', last_review: '2024-08-31' },
          // Unreadable latest category and blank initial → no category. Review before the plan started → ignored.
          { child_id: 'Q7', cp_start: '2024-12-01', latest_category: 'abuse', last_visit: '2025-02-28', seen_alone: 'No', last_review: '2024-11-15' },
          { child_id: 'Q8', cp_start: '2024-06-01', latest_category: 'Neglect', last_visit: '2025-03-01', seen_alone: null, last_review: '31/02/2025' },
          { child_id: 'Q9', cp_start: '2024-01-01', cp_end: '2025-02-28', epo_last_6m: 'Yes' }, // ended on D: not open; EPO counts
          { child_id: 'Q10', cp_start: '2024-01-01', cp_end: '2024-08-29', epo_last_6m: 'a) Yes' }, // ended after D − 6 months
          { child_id: 'Q11', cp_start: '2024-01-01', cp_end: '2024-08-28', epo_last_6m: 'Yes' }, // ended on D − 6 months → out
          { child_id: 'Q12', cp_start: '2024-01-01', cp_end: '31/02/2024', epo_last_6m: 'Yes' }, // unreadable end → out
          { child_id: 'Q13', cp_start: '2025-03-01', epo_last_6m: 'Yes' }, // starts after D → out
          // Two open plans: both count as plans; the child counts once for the EPO (the second plan says Yes).
          { child_id: 'Q14', cp_start: '2024-02-02', latest_category: 'Neglect', last_visit: '2025-02-20', seen_alone: 'Yes', last_review: '2024-12-01', epo_last_6m: 'No' },
          { child_id: 'Q14', cp_start: '2024-05-05', latest_category: 'b) Physical abuse', last_visit: '2025-02-21', seen_alone: 'No', last_review: '2025-01-10', epo_last_6m: NA_ERROR },
          { child_id: 'Q14', cp_start: '2024-05-06', cp_end: '2024-12-31', epo_last_6m: 'Yes' },
        ],
      },
      D,
      { population: 45_000 },
    );
  });
  afterAll(async () => f?.close());

  // Open plans: Q1–Q8, Q14 (2 May and 5 May starts) = 10 plans, 9 children.

  it('cp_rate: 9 children × 10,000 ÷ 45,000 = 2', async () => {
    expect(await f.value('cp_rate', D)).toMatchObject({ kind: 'rate', value: 2, numerator: 9, denominator: 45_000 });
  });

  it('categories of the 10 open plans: neglect 4, emotional 1, physical 2, sexual 1, multiple 1 (Q7 none)', async () => {
    expectPercent(await f.value('cp_category_neglect', D), 40, 4, 10); // Q1, Q6, Q8, Q14a
    expectPercent(await f.value('cp_category_emotional', D), 10, 1, 10); // Q2 (latest wins over the initial neglect)
    expectPercent(await f.value('cp_category_physical', D), 20, 2, 10); // Q3 (initial), Q14b
    expectPercent(await f.value('cp_category_sexual', D), 10, 1, 10); // Q4
    expectPercent(await f.value('cp_category_multiple', D), 10, 1, 10); // Q5
    expect(numeratorChildren(await f.drill('cp_category_neglect', D))).toEqual(['Q1', 'Q14', 'Q6', 'Q8']);
    expect((await f.drill('cp_category_neglect', D)).find((r) => r.child_id === 'Q7')?.reason).toBe('no readable category');
  });

  it('cp_open_18m_plus: Q1 (28 Aug 2023 = D − 18 months), Q6 → 2 of 10; Q2 (29 Aug 2023) is 17 months', async () => {
    expectPercent(await f.value('cp_open_18m_plus', D), 20, 2, 10);
    const rows = await f.drill('cp_open_18m_plus', D);
    expect(numeratorChildren(rows)).toEqual(['Q1', 'Q6']);
    expect(rows.find((r) => r.child_id === 'Q2')?.months).toBe(17);
  });

  it('cp_visited_in_standard (default 10 working days) = cp_visited_10wd: 4 of 9', async () => {
    // Denominator 10 less Q6 (unreadable visit) = 9. In: Q1 (10), Q7 (on D), Q14a (6), Q14b (5).
    // Out: Q2 (11), Q3 (20), Q4 (none), Q5 (21), Q8 (after D). 100 × 4 / 9 = 44.4444
    expectPercent(await f.value('cp_visited_in_standard', D), 44.4444, 4, 9);
    expectPercent(await f.value('cp_visited_10wd', D), 44.4444, 4, 9);
    expect(numeratorChildren(await f.drill('cp_visited_in_standard', D))).toEqual(['Q1', 'Q14', 'Q14', 'Q7']);
  });

  it('cp_visited_in_standard with a 20-working-day standard: adds Q2 (11) and Q3 (20) → 6 of 9', async () => {
    const m = cpVisitedInStandard({ ...DEFAULTS, cpVisitWorkingDays: 20 });
    expect(m.title).toBe('Child protection plans with a statutory visit in the last 20 working days');
    const { value, rows } = await evaluate(f, m, D);
    expectPercent(value, 66.6667, 6, 9);
    expect(flagsByChild(rows).Q5).toEqual([false]); // 21
  });

  it('cp_seen_alone: Q1, Q3, Q6 (Y), Q14a → 4 of 10', async () => {
    expectPercent(await f.value('cp_seen_alone', D), 40, 4, 10);
    expect(numeratorChildren(await f.drill('cp_seen_alone', D))).toEqual(['Q1', 'Q14', 'Q3', 'Q6']);
  });

  it('cp_reviews_in_timescale (6 months; first within 3): 7 of 9', async () => {
    // Denominator 10 less Q8 (unreadable review) = 9.
    // In: Q1 (due on D), Q3 (first due 28 Feb), Q5 (first due on D), Q6 (31 Aug + 6 = 28 Feb), Q7 (first due 1 Mar),
    //     Q14a (1 Dec), Q14b (10 Jan). Out: Q2 (27 Aug + 6 = 27 Feb), Q4 (no review, first due 27 Feb).
    expectPercent(await f.value('cp_reviews_in_timescale', D), 77.7778, 7, 9);
    const rows = await f.drill('cp_reviews_in_timescale', D);
    expect(flagsByChild(rows)).toMatchObject({ Q1: [true], Q2: [false], Q3: [true], Q4: [false], Q5: [true], Q6: [true], Q7: [true] });
    expect(flagsByChild(rows).Q8).toBeUndefined();
    expect(rows.find((r) => r.child_id === 'Q7')?.reason).toBe('first review not yet due');
  });

  it('cp_reviews_in_timescale with reviews every 3 months: Q1 and Q6 become overdue → 5 of 9', async () => {
    // Q1: 28 Aug + 3 = 28 Nov; Q6: 31 Aug + 3 = 30 Nov → overdue. Q14a: 1 Dec + 3 = 1 Mar, Q14b: 10 Apr → in.
    const m = cpReviewsInTimescale({ ...DEFAULTS, cpReviewMonths: 3 });
    const { value, rows } = await evaluate(f, m, D);
    expectPercent(value, 55.5556, 5, 9);
    expect(numeratorChildren(rows)).toEqual(['Q14', 'Q14', 'Q3', 'Q5', 'Q7']);
  });

  it('cp_epo_6m: Q2, Q9, Q10, Q14 = 4 children', async () => {
    // Q11 ended on D − 6 months, Q12 unreadable end, Q13 starts after D. Q14 once (any Yes).
    expectCount(await f.value('cp_epo_6m', D), 4);
    const flags = flagsByChild(await f.drill('cp_epo_6m', D));
    expect(numeratorChildren(await f.drill('cp_epo_6m', D))).toEqual(['Q10', 'Q14', 'Q2', 'Q9']);
    expect(flags.Q14).toEqual([true]);
    expect(flags.Q11).toBeUndefined();
    expect(flags.Q12).toBeUndefined();
    expect(flags.Q13).toBeUndefined();
  });
});
