import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { claReviewsInTimescale, claVisitedInStandard } from '../../src/measures/catalogue/extended-looked-after.js';
import { drill, evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import type { Measure } from '../../src/measures/measure.js';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Extended looked-after measures (src/measures/catalogue/extended-looked-after.ts). As the core cla_* percentages,
 * children looked after at D count once, by their open row with the latest start (resolved detail 6).
 */

const DEFAULTS = parseConfig('', 'test').standards;

async function evaluate(f: LoadedFixture, m: Measure, d: string) {
  const { points } = await resolveAsAt(f.store.db, [d]);
  const [v] = await evaluateMeasures(f.store.db, points, [m]);
  return { value: v, rows: await drill(f.store.db, points[0] as (typeof points)[number], m) };
}

/*
 * D = Fri 28 Feb 2025.
 *   Visits: D − 42 = Fri 17 Jan (out), 18 Jan (in); 4 weeks: D − 28 = Fri 31 Jan (out), Sat 1 Feb (in).
 *   Reviews every 6 months: 31 Aug 2024 + 6 months = 28 Feb 2025 (in), 27 Aug → 27 Feb (overdue).
 *   No review: first due 20 working days after the start: Fri 31 Jan → 20 (in), Thu 30 Jan → 21 (overdue).
 *   IRO contact within 6 months: after D − 6 months = 28 Aug 2024 (29 Aug in, 28 Aug out).
 *   Long-term stability: under 16 (born after 28 Feb 2009), looked after since ≤ D − 30 months = 28 Aug 2022,
 *   same placement since ≤ D − 2 years = 28 Feb 2023.
 */
describe('children looked after at D = Fri 28 Feb 2025', () => {
  const D = '2025-02-28';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        8: [
          { child_id: 'L1', cla_start: '2022-08-28', dob: '2009-03-01', placement_start: '2023-02-28', placement_type: 'd) U4', placement_location: 'a) In', last_visit: '2025-01-18', last_review: '2024-08-31', last_iro_contact: '2024-08-29', missing_episodes_12m: 0, permanence_plan: 'f) Long-term fostering', uasc: 'No' },
          { child_id: 'L2', cla_start: '2022-08-29', dob: '2010-01-01', placement_start: '2022-09-01', placement_type: 'U6', placement_location: 'Out', last_visit: '2025-01-17', last_review: '2024-08-27', last_iro_contact: '2024-08-28', missing_episodes_12m: 2, rhi_offered: 'Yes', rhi_accepted: 'No', permanence_plan: null, uasc: 'Y' },
          { child_id: 'L3', cla_start: '2020-01-01', dob: '2009-02-28', placement_start: '2021-01-01', placement_type: 'p) K2', placement_location: 'In', last_visit: '2025-02-01', last_review: null, last_iro_contact: null, missing_episodes_12m: 1, rhi_offered: 'b) No', permanence_plan: 'a) Return to family' },
          { child_id: 'L4', cla_start: '2025-01-31', dob: '2015-05-05', placement_start: '2025-01-31', placement_type: 'K1', placement_location: 'In', last_visit: '2025-01-31', last_review: null, last_iro_contact: '2025-02-10', missing_episodes_12m: '#N/A', permanence_plan: 'rubbish', uasc: 'a) Yes' },
          { child_id: 'L5', cla_start: '2025-01-30', dob: null, placement_start: '2025-01-30', placement_type: 'H5', placement_location: 'In', last_visit: null, last_review: null, last_iro_contact: null, missing_episodes_12m: 3, rhi_offered: 'Y', rhi_accepted: 'a) Yes', permanence_plan: 'SGO', uasc: 'c) Unknown' },
          { child_id: 'L6', cla_start: '2021-05-05', dob: '2008-01-01', placement_start: '2021-05-05', placement_type: 'P1', placement_location: null, last_visit: '2025-03-01', last_review: '2025-03-01', last_iro_contact: '31/02/2025', missing_episodes_12m: 1, rhi_offered: 'Yes', rhi_accepted: '#N/A', permanence_plan: 'c) SGO/CAO', uasc: 'No' },
          { child_id: 'L7', cla_start: '2022-01-01', dob: '2012-01-01', placement_start: null, placement_type: 'A5', placement_location: 'b) Out', last_visit: '31/02/2025', last_review: '2024-09-15', last_iro_contact: '2024-12-12', missing_episodes_12m: 0, permanence_plan: 'Adoption' },
          { child_id: 'L8', cla_start: '2021-01-01', dob: '2013-01-01', placement_start: 'unknown', placement_type: 'T4', placement_location: 'In', last_visit: '2025-02-27', last_review: '2024-12-31', last_iro_contact: '2024-09-01', missing_episodes_12m: 0, permanence_plan: null, uasc: 'No' },
          { child_id: 'L9', cla_start: '2022-06-01', dob: '2011-11-11', placement_start: '2023-03-01', placement_type: 'Placement with foster carer', placement_location: 'In', last_visit: '2025-02-28', last_review: '2025-02-28', last_iro_contact: '2025-02-28', missing_episodes_12m: null, permanence_plan: 'g) Other' },
          { child_id: 'L10', cla_start: '2020-01-01', cla_end: '2025-02-28', placement_type: 'U4', missing_episodes_12m: 4, uasc: 'Yes' }, // ceased on D
          // Two open rows: the later start (1 Oct 2024, R1) is the child's row.
          { child_id: 'L11', cla_start: '2019-01-01', dob: '2010-10-10', placement_start: '2019-01-01', placement_type: 'U1', missing_episodes_12m: 5, uasc: 'Yes' },
          { child_id: 'L11', cla_start: '2024-10-01', dob: '2010-10-10', placement_start: '2024-10-01', placement_type: 'R1', placement_location: 'In', last_visit: '2025-02-20', last_review: '2024-10-20', last_iro_contact: '2024-10-20', missing_episodes_12m: 0, permanence_plan: 'a) Return to family' },
          { child_id: 'L12', cla_start: 'unknown', placement_type: 'U4', uasc: 'Yes' }, // unreadable start → out
          // Duplicate start: once, the first row (U3, missing 1, offered and accepted).
          { child_id: 'L13', cla_start: '2023-05-05', dob: '2014-01-01', placement_start: '2023-05-05', placement_type: 'U3', placement_location: 'In', last_visit: '2025-02-03', last_review: '2024-09-10', last_iro_contact: '2024-09-10', missing_episodes_12m: 1, rhi_offered: 'Yes', rhi_accepted: 'Yes', permanence_plan: 'Long-term fostering' },
          { child_id: 'L13', cla_start: '2023-05-05', placement_type: 'K2', missing_episodes_12m: 0 },
        ],
      },
      D,
      { population: 55_000 },
    );
  });
  afterAll(async () => f?.close());

  // Looked after at D: L1–L9, L11, L13 = 11 children.

  it('cla_rate: 11 × 10,000 ÷ 55,000 = 2', async () => {
    expect(await f.value('cla_rate', D)).toMatchObject({ kind: 'rate', value: 2, numerator: 11, denominator: 55_000 });
  });

  it('cla_uasc_percent: L2 (Y), L4 (a) Yes) of 11 = 18.1818; L11’s earlier row (Yes) does not count', async () => {
    expectPercent(await f.value('cla_uasc_percent', D), 18.1818, 2, 11);
    expect(numeratorChildren(await f.drill('cla_uasc_percent', D))).toEqual(['L2', 'L4']);
  });

  it('placement mix of the 11 children', async () => {
    expectPercent(await f.value('cla_placed_foster', D), 27.2727, 3, 11); // L1 U4, L2 U6, L13 U3 (first row)
    expectPercent(await f.value('cla_placed_childrens_home', D), 18.1818, 2, 11); // L3 K2, L4 K1
    expectPercent(await f.value('cla_placed_semi_independent', D), 9.0909, 1, 11); // L5 H5
    expectPercent(await f.value('cla_placed_with_parents', D), 9.0909, 1, 11); // L6 P1
    expectPercent(await f.value('cla_placed_for_adoption', D), 9.0909, 1, 11); // L7 A5
    expectPercent(await f.value('cla_placed_out_of_area', D), 18.1818, 2, 11); // L2 Out, L7 b) Out
    expect(numeratorChildren(await f.drill('cla_placed_foster', D))).toEqual(['L1', 'L13', 'L2']);
    // L9's "Placement with foster carer" has no readable code; L11's row is R1 (its earlier U1 row is not the child's).
    const flags = flagsByChild(await f.drill('cla_placed_foster', D));
    expect(flags.L9).toEqual([false]);
    expect(flags.L11).toEqual([false]);
  });

  it('cla_long_term_stability: L1 of L1, L7, L9 → 33.3333', async () => {
    // Denominator: under 16, looked after ≥ 30 months, readable dates: L1 (15; 28 Aug 2022), L7 (13; 2022), L9 (13; Jun 2022).
    // Out: L2 (29 months), L3 (16 on D), L4, L11, L13 (too recent), L5 (no date of birth), L6 (17), L8 (unreadable placement start).
    // In: L1 (placement 28 Feb 2023 = D − 2 years). Not: L7 (blank placement start), L9 (1 Mar 2023: 23 months).
    expectPercent(await f.value('cla_long_term_stability', D), 33.3333, 1, 3);
    const flags = flagsByChild(await f.drill('cla_long_term_stability', D));
    expect(flags).toEqual({ L1: [true], L7: [false], L9: [false] });
  });

  it('cla_visited_in_standard (default 6 weeks) = cla_visited_6wk: 7 of 10', async () => {
    // Denominator 11 less L7 (unreadable visit) = 10. In: L1 (18 Jan), L3, L4, L8, L9 (D), L11, L13.
    // Out: L2 (17 Jan = D − 42), L5 (none), L6 (after D).
    expectPercent(await f.value('cla_visited_in_standard', D), 70, 7, 10);
    expectPercent(await f.value('cla_visited_6wk', D), 70, 7, 10);
  });

  it('cla_visited_in_standard every 4 weeks: L1 and L4 drop out → 5 of 10', async () => {
    const m = claVisitedInStandard({ ...DEFAULTS, claVisitWeeks: 4 });
    expect(m.title).toBe('Children looked after visited in the last 4 weeks');
    const { value, rows } = await evaluate(f, m, D);
    expectPercent(value, 50, 5, 10);
    expect(numeratorChildren(rows)).toEqual(['L11', 'L13', 'L3', 'L8', 'L9']); // L3: 1 Feb is 27 days; L4: 31 Jan is 28
  });

  it('cla_reviews_in_timescale (first within 20 working days, then 6 months): 7 of 11', async () => {
    // In: L1 (31 Aug + 6 = 28 Feb), L4 (no review, 20 working days), L7 (15 Sep), L8 (31 Dec), L9 (on D), L11 (20 Oct), L13 (10 Sep).
    // Out: L2 (27 Aug + 6 = 27 Feb), L3 (no review since 2020), L5 (no review, 21 working days),
    //      L6 (its review is dated after D, so ignored; no review since 2021). 100 × 7 / 11 = 63.6364
    expectPercent(await f.value('cla_reviews_in_timescale', D), 63.6364, 7, 11);
    const rows = await f.drill('cla_reviews_in_timescale', D);
    expect(numeratorChildren(rows)).toEqual(['L1', 'L11', 'L13', 'L4', 'L7', 'L8', 'L9']);
    expect(rows.find((r) => r.child_id === 'L4')?.reason).toBe('first review not yet due (20 working days looked after)');
    expect(rows.find((r) => r.child_id === 'L5')?.reason).toBe('overdue: no review in 21 working days looked after');
  });

  it('cla_reviews_in_timescale every 3 months: L4, L8 (31 Dec + 3 = 31 Mar), L9 → 3 of 11', async () => {
    const m = claReviewsInTimescale({ ...DEFAULTS, claReviewMonths: 3 });
    const { value, rows } = await evaluate(f, m, D);
    expectPercent(value, 27.2727, 3, 11);
    expect(numeratorChildren(rows)).toEqual(['L4', 'L8', 'L9']);
  });

  it('cla_iro_contact_6m: 7 of 10', async () => {
    // Denominator 11 less L6 (unreadable) = 10. In: L1 (29 Aug), L4, L7, L8 (1 Sep), L9 (D), L11, L13.
    // Out: L2 (28 Aug = D − 6 months), L3 and L5 (none).
    expectPercent(await f.value('cla_iro_contact_6m', D), 70, 7, 10);
    expect(flagsByChild(await f.drill('cla_iro_contact_6m', D))).toMatchObject({ L1: [true], L2: [false] });
  });

  it('cla_missing_12m: L2, L3, L5, L6, L13 of 11; L4 (#N/A) and L9 (blank) are not ≥ 1', async () => {
    expectPercent(await f.value('cla_missing_12m', D), 45.4545, 5, 11);
    expect(numeratorChildren(await f.drill('cla_missing_12m', D))).toEqual(['L13', 'L2', 'L3', 'L5', 'L6']);
  });

  it('cla_rhi_offered: 4 of the 5 missing (L3 b) No); cla_rhi_accepted: L5, L13 of the 4 offered', async () => {
    expectPercent(await f.value('cla_rhi_offered', D), 80, 4, 5);
    expect(numeratorChildren(await f.drill('cla_rhi_offered', D))).toEqual(['L13', 'L2', 'L5', 'L6']);
    // Offered: L2 (accepted No), L5 (a) Yes), L6 (#N/A: blank), L13 (Yes) → 2 of 4.
    expectPercent(await f.value('cla_rhi_accepted', D), 50, 2, 4);
    expect(numeratorChildren(await f.drill('cla_rhi_accepted', D))).toEqual(['L13', 'L5']);
  });

  it('cla_permanence_plan: 8 of 11 (L2 blank, L4 unreadable, L8 blank)', async () => {
    expectPercent(await f.value('cla_permanence_plan', D), 72.7273, 8, 11);
    expect(numeratorChildren(await f.drill('cla_permanence_plan', D))).toEqual(['L1', 'L11', 'L13', 'L3', 'L5', 'L6', 'L7', 'L9']);
  });
});

/*
 * Starts and cessations, D = Mon 30 Sep 2024: month 1–30 Sep 2024; YTD 1 Apr – 30 Sep 2024.
 */
describe('children starting and ceasing to be looked after, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  const old = '2020-01-01';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        8: [
          { child_id: 'S1', cla_start: '2024-09-01', second_period: 'Yes' },
          { child_id: 'S2', cla_start: '2024-09-30', second_period: 'No' },
          { child_id: 'S3', cla_start: '2024-04-01', second_period: 'a) Yes' },
          { child_id: 'S4', cla_start: '2024-03-31', second_period: 'Yes' }, // the day before the YTD
          // Started twice in the YTD: counted once, by the first start (second period No); its first period ceased E4A.
          { child_id: 'S5', cla_start: '2024-05-01', cla_end: '2024-06-01', reason_ceased: 'E4A', second_period: 'No' },
          { child_id: 'S5', cla_start: '2024-08-01', second_period: 'Yes' },
          { child_id: 'S6', cla_start: 'unknown', second_period: 'Yes' },
          { child_id: 'S7', cla_start: '2024-07-07', second_period: 'Yes' }, // duplicate start: the first row wins
          { child_id: 'S7', cla_start: '2024-07-07', second_period: 'No' },
          { child_id: 'S8', cla_start: '2024-10-01', second_period: 'Yes' }, // after D
          { child_id: 'C1', cla_start: old, cla_end: '2024-09-30', reason_ceased: 'a) E11' },
          { child_id: 'C2', cla_start: old, cla_end: '2024-09-01', reason_ceased: 'E12' },
          { child_id: 'C3', cla_start: old, cla_end: '2024-04-01', reason_ceased: 'E45' },
          { child_id: 'C4', cla_start: old, cla_end: '2024-05-15', reason_ceased: 'l) E48' },
          { child_id: 'C5', cla_start: old, cla_end: '2024-06-15', reason_ceased: 'h) E41' },
          { child_id: 'C6', cla_start: old, cla_end: '2024-07-15', reason_ceased: 'f) E4B' },
          { child_id: 'C7', cla_start: old, cla_end: '2024-07-16', reason_ceased: 'X1' }, // an episode change: not ceased
          { child_id: 'C8', cla_start: old, cla_end: '2024-07-17', reason_ceased: null },
          { child_id: 'C9', cla_start: old, cla_end: '2024-07-18', reason_ceased: 'E43' }, // not an Annex A code → no group
          // Ceased twice in the YTD: counted once, by the latest (20 Aug, E11); the second period also started in the YTD.
          { child_id: 'C10', cla_start: '2019-01-01', cla_end: '2024-04-20', reason_ceased: 'E4A' },
          { child_id: 'C10', cla_start: '2024-04-25', cla_end: '2024-08-20', reason_ceased: 'E11' },
          { child_id: 'C11', cla_start: old, cla_end: '2024-03-31', reason_ceased: 'E11' }, // before the YTD
          { child_id: 'C12', cla_start: old, cla_end: '2024-10-01', reason_ceased: 'E11' }, // after D
          { child_id: 'C13', cla_start: old, cla_end: '31/02/2024', reason_ceased: 'E11' }, // unreadable
          { child_id: 'C14', cla_start: old, cla_end: '2024-09-15', reason_ceased: 'E2' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cla_started_month: S1, S2 = 2; cla_started_ytd: S1, S2, S3, S5, S7, C10 = 6', async () => {
    expectCount(await f.value('cla_started_month', D), 2);
    expectCount(await f.value('cla_started_ytd', D), 6);
    const rows = await f.drill('cla_started_ytd', D);
    expect(rows.filter((r) => r.child_id === 'S5').map((r) => r.cla_start)).toEqual(['2024-05-01']);
  });

  it('cla_started_second_period_ytd: S1, S3, S7 of 6 → 50', async () => {
    expectPercent(await f.value('cla_started_second_period_ytd', D), 50, 3, 6);
    expect(numeratorChildren(await f.drill('cla_started_second_period_ytd', D))).toEqual(['S1', 'S3', 'S7']);
  });

  it('cla_ceased_month: C1, C2, C14 = 3; cla_ceased_ytd: 11 children', async () => {
    // YTD: C1, C2, C3, C4, C5, C6, C8, C9, C10 (once), C14, S5 = 11 (C7 is X1; C11, C12, C13 out).
    expectCount(await f.value('cla_ceased_month', D), 3);
    expectCount(await f.value('cla_ceased_ytd', D), 11);
    const rows = await f.drill('cla_ceased_ytd', D);
    expect(rows.filter((r) => r.child_id === 'C10').map((r) => r.reason_ceased)).toEqual(['E11']);
  });

  it('ceased by reason, of the 11', async () => {
    expectPercent(await f.value('cla_ceased_adoption_ytd', D), 27.2727, 3, 11); // C1 E11, C2 E12, C10 E11 (latest)
    expectPercent(await f.value('cla_ceased_sgo_ytd', D), 18.1818, 2, 11); // C3 E45, C4 E48
    expectPercent(await f.value('cla_ceased_cao_ytd', D), 9.0909, 1, 11); // C5 E41
    expectPercent(await f.value('cla_ceased_home_ytd', D), 18.1818, 2, 11); // C6 E4B, S5 E4A
    expect(numeratorChildren(await f.drill('cla_ceased_adoption_ytd', D))).toEqual(['C1', 'C10', 'C2']);
    expect(numeratorChildren(await f.drill('cla_ceased_home_ytd', D))).toEqual(['C6', 'S5']);
  });
});
