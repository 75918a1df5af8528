import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, flagsByChild } from './support.js';

/*
 * Extended assessment measures (src/measures/catalogue/extended-assessment.ts):
 *   assessments_open_over_45wd | working days start → D > 45 | assessments open at D (start ≤ D, authorisation
 *                                blank or after D; unreadable authorisation or start excluded) | snapshot
 *   assessment_days_mean(_ytd) | average working days start → authorisation of assessments authorised in the period
 *                                (blank start: in the drill, not in the average)
 *   assessments_completed_r12, assessments_child_seen_r12 | the core definitions over the rolling year
 *
 * D = Mon 30 Sep 2024. Working days of September 2024 after Mon 2 Sep: 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19),
 * Mon 30 (20). August 2024 has the Summer bank holiday on Mon 26 Aug. Counting back from D:
 *   Fri 30 Aug → 21; [Mon 26 Aug holiday]; Tue 27–Fri 30 Aug add 4: Fri 23 Aug → 25; Fri 16 Aug → 30; Fri 9 Aug → 35;
 *   Fri 2 Aug → 40; Fri 26 Jul → 45; Thu 25 Jul → 46.
 */
describe('assessments_open_over_45wd, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        4: [
          { child_id: 'O1', assessment_start: '2024-07-26', assessment_authorised: null }, // 45 → open, within
          { child_id: 'O2', assessment_start: '2024-07-25', assessment_authorised: null }, // 46 → beyond
          { child_id: 'O3', assessment_start: '2024-07-01', assessment_authorised: '#N/A' }, // #N/A is blank → open, beyond
          { child_id: 'O4', assessment_start: '2024-07-01', assessment_authorised: '31/02/2024' }, // unreadable, not blank → out
          { child_id: 'O5', assessment_start: '2024-06-03', assessment_authorised: '2024-09-30' }, // authorised on D → not open
          { child_id: 'O6', assessment_start: '2024-06-03', assessment_authorised: '2024-10-01' }, // authorised after D → open at D, beyond
          { child_id: 'O7', assessment_start: null, assessment_authorised: null }, // no start → cannot be open → out
          { child_id: 'O8', assessment_start: 'unknown', assessment_authorised: null }, // unreadable start → out
          { child_id: 'O9', assessment_start: '2024-10-01', assessment_authorised: null }, // starts after D → out
          { child_id: 'O10', assessment_start: '2024-09-30', assessment_authorised: NA_ERROR }, // starts on D → 0, within
          // Duplicate start (same child, same start date): the first row (open) wins and counts once → beyond.
          { child_id: 'O11', assessment_start: '2024-07-01', assessment_authorised: null },
          { child_id: 'O11', assessment_start: '2024-07-01', assessment_authorised: '2024-08-01' },
          // Two open assessments with different starts: both count. 1 May → beyond; Mon 2 Sep → 20 → within.
          { child_id: 'O12', assessment_start: '2024-05-01', assessment_authorised: null },
          { child_id: 'O12', assessment_start: '2024-09-02', assessment_authorised: null },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('5 of 8 open assessments are beyond 45 working days', async () => {
    // Open: O1, O2, O3, O6, O10, O11 (once), O12 ×2 = 8. Beyond: O2, O3, O6, O11, O12 (1 May) = 5. 100 × 5 / 8 = 62.5
    expectPercent(await f.value('assessments_open_over_45wd', D), 62.5, 5, 8);
    const flags = flagsByChild(await f.drill('assessments_open_over_45wd', D));
    expect(flags).toEqual({
      O1: [false],
      O2: [true],
      O3: [true],
      O6: [true],
      O10: [false],
      O11: [true],
      O12: [true, false],
    });
  });

  it('the drill-down shows the working days', async () => {
    const rows = await f.drill('assessments_open_over_45wd', D);
    const days = Object.fromEntries(rows.filter((r) => r.child_id !== 'O12').map((r) => [r.child_id, r.working_days]));
    expect(days).toMatchObject({ O1: 45, O2: 46, O10: 0 });
    expect(rows.find((r) => r.child_id === 'O1')?.reason).toBe('open 45 working days: within 45');
  });
});

describe('assessment_days_mean and rolling-year variants, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        4: [
          { child_id: 'M1', assessment_start: '2024-09-02', assessment_authorised: '2024-09-30', child_seen: 'Yes' }, // 20
          { child_id: 'M2', assessment_start: '2024-09-10', assessment_authorised: '2024-09-10' }, // same day → 0
          { child_id: 'M3', assessment_start: null, assessment_authorised: '2024-09-12' }, // blank start → not in the average
          { child_id: 'M4', assessment_start: 'unknown', assessment_authorised: '2024-09-13' }, // unreadable start → left out
          { child_id: 'M5', assessment_start: '2024-09-20', assessment_authorised: '2024-09-16' }, // authorised before start → 0
          { child_id: 'M6', assessment_start: '2024-07-26', assessment_authorised: '2024-09-30', child_seen: 'a) Yes' }, // 45
          // April: Tue 2 → Tue 30 Apr: 3–5 (3), 8–12 (8), 15–19 (13), 22–26 (18), 29, 30 (20) → 20.
          { child_id: 'M7', assessment_start: '2024-04-02', assessment_authorised: '2024-04-30' },
          // Thu 28 Mar → Wed 3 Apr: [Good Friday 29 Mar, Easter Monday 1 Apr], Tue 2 (1), Wed 3 (2) → 2.
          { child_id: 'M8', assessment_start: '2024-03-28', assessment_authorised: '2024-04-03' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('assessment_days_mean (September): (20 + 0 + 0 + 45) ÷ 4 = 16.25', async () => {
    // M1 20, M2 0, M5 0, M6 45 → sum 65 over 4. M3 (blank start) is listed but not averaged; M4 is left out.
    expect(await f.value('assessment_days_mean', D)).toMatchObject({ kind: 'mean', value: 16.25, numerator: 65, denominator: 4 });
    const flags = flagsByChild(await f.drill('assessment_days_mean', D));
    expect(Object.keys(flags).sort()).toEqual(['M1', 'M2', 'M3', 'M5', 'M6']);
    expect(flags.M3).toEqual([false]);
  });

  it('assessment_days_mean_ytd: adds M7 (20) and M8 (2) → 87 ÷ 6 = 14.5', async () => {
    expect(await f.value('assessment_days_mean_ytd', D)).toMatchObject({ value: 14.5, numerator: 87, denominator: 6 });
  });

  it('assessments_completed_r12 and assessments_child_seen_r12 over 1 Oct 2023 – 30 Sep 2024', async () => {
    // All 8 rows are authorised in the rolling year (M4's start is unreadable but completed does not read it).
    expectCount(await f.value('assessments_completed_r12', D), 8);
    // Child seen: M1 (Yes), M6 (a) Yes) of 8 → 25.
    expectPercent(await f.value('assessments_child_seen_r12', D), 25, 2, 8);
  });
});
