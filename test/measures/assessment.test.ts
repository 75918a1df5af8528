import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureLists, type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   assessments_completed_month | 4 | assessments whose Date of Authorisation is in the reporting month | count
 *   assessments_45wd      | 4 | duration start → authorisation ≤ 45 working days | assessments authorised in the month
 *   assessments_child_seen | 4 | Child Seen During Continuous Assessment = Yes | assessments authorised in the month
 *   "The duration in working days from start to end is the number of working days d with start < d ≤ end
 *    (the start day is day 0 …)". Working days exclude weekends and England & Wales bank holidays.
 *   Resolved 2: unreadable date removes the row from every measure that reads that date; "no assessment
 *   start = not within 45 working days" (blank stays in the denominator).
 *   Resolved 4: "An end before its start counts as duration 0 (within)".
 *   Resolved 1: duplicates judged on the authorisation date; first row wins.
 *
 * 2024 bank holidays used here: Good Friday 29 Mar, Easter Monday 1 Apr, Christmas 25 Dec, Boxing Day 26 Dec.
 */

describe('assessments (list 4), D = Tue 30 Apr 2024', () => {
  const D = '2024-04-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        4: [
          // Fri 23 Feb → Tue 30 Apr: Mon 26 Feb…Fri 26 Apr = 9 weeks = 45 weekdays, + Mon 29, Tue 30 Apr = 47,
          // − Good Friday 29 Mar − Easter Monday 1 Apr = 45 working days → within.
          { child_id: 'A45', assessment_start: '2024-02-23', assessment_authorised: '2024-04-30', child_seen: 'a) Yes', team: 'T1' },
          // Thu 22 Feb adds Fri 23 Feb → 46 working days → not within.
          { child_id: 'A46', assessment_start: '2024-02-22', assessment_authorised: '2024-04-30', child_seen: 'Yes', team: 'T1' },
          // Thu 28 Mar → Tue 2 Apr: Fri 29 (Good Friday), Sat, Sun, Mon 1 Apr (Easter Monday) are not working days,
          // Tue 2 Apr is → 1 working day → within.
          { child_id: 'AEASTER', assessment_start: '2024-03-28', assessment_authorised: '2024-04-02', child_seen: 'Y', team: 'T1' },
          // Started and authorised the same day → 0 working days → within.
          { child_id: 'ASAME', assessment_start: '2024-04-10', assessment_authorised: '2024-04-10', child_seen: 'y', team: 'T1' },
          // Authorised (15 Apr) before start (20 Apr) → duration 0 → within.
          { child_id: 'AREV', assessment_start: '2024-04-20', assessment_authorised: '2024-04-15', child_seen: 'b) No', team: 'T2' },
          // Blank start → stays in the denominator, fails the numerator.
          { child_id: 'ABLANK', assessment_start: null, assessment_authorised: '2024-04-12', child_seen: 'No', team: 'T2' },
          // Unreadable start → out of assessments_45wd only (count and child seen do not read the start).
          { child_id: 'ABAD1', assessment_start: '31/02/2024', assessment_authorised: '2024-04-12', child_seen: 'N', team: 'T2' },
          { child_id: 'ABAD2', assessment_start: 'unknown', assessment_authorised: '2024-04-16', child_seen: null, team: 'T2' },
          // Unreadable authorisation date ('31/04/2024') → out of all three measures.
          { child_id: 'AAUTHBAD', assessment_start: '2024-04-01', assessment_authorised: '31/04/2024', child_seen: 'Yes', team: 'T2' },
          // Authorised on the first day of the month (Easter Monday 1 Apr). Mon 25 Mar → Mon 1 Apr:
          // Tue 26, Wed 27, Thu 28 (Fri 29 and Mon 1 are bank holidays) = 3 → within. '#N/A' child seen → blank.
          { child_id: 'AFIRST', assessment_start: '2024-03-25', assessment_authorised: '2024-04-01', child_seen: '#N/A', team: 'T1' },
          // Authorised in the previous month / the day after D → out.
          { child_id: 'APREV', assessment_start: '2024-03-01', assessment_authorised: '2024-03-31', child_seen: 'Yes', team: 'T1' },
          { child_id: 'AAFTER', assessment_start: '2024-04-02', assessment_authorised: '2024-05-01', child_seen: 'Yes', team: 'T1' },
          // Duplicate (same child, same authorisation date): the first row wins.
          // Mon 4 Mar → Wed 24 Apr: 4 (5–8 Mar) + 15 (3 weeks from 11 Mar) − 1 (Good Fri) + 4 (2–5 Apr) + 10 + 3 = 35 → within.
          { child_id: 'ADUP', assessment_start: '2024-03-04', assessment_authorised: '2024-04-24', child_seen: 'Yes', team: 'T2' },
          { child_id: 'ADUP', assessment_start: '2023-01-01', assessment_authorised: '2024-04-24', child_seen: 'No', team: 'T2' },
          // Same child, two authorisation dates → two assessments.
          // Wed 3 → Fri 5 Apr = 2 → within; real #N/A error cell for child seen → blank.
          { child_id: 'ATWO', assessment_start: '2024-04-03', assessment_authorised: '2024-04-05', child_seen: NA_ERROR, team: 'T2' },
          // Tue 2 Jan → Thu 25 Apr 2024 = 80 working days → not within.
          { child_id: 'ATWO', assessment_start: '2024-01-02', assessment_authorised: '2024-04-25', child_seen: 'c) Unknown', team: 'T2' },
          // Mon 8 → Tue 9 Apr = 1 → within; 'seen' has no readable code → not Yes (but in the denominator).
          { child_id: 'ANOCODE', assessment_start: '2024-04-08', assessment_authorised: '2024-04-09', child_seen: 'seen', team: 'T1' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('assessments_completed_month: 13 assessments authorised 1–30 Apr', async () => {
    // A45, A46, AEASTER, ASAME, AREV, ABLANK, ABAD1, ABAD2, AFIRST, ADUP (once), ATWO ×2, ANOCODE = 13
    expectCount(await f.value('assessments_completed_month', D), 13);
    const flags = flagsByChild(await f.drill('assessments_completed_month', D));
    expect(Object.keys(flags).sort()).toEqual(['A45', 'A46', 'ABAD1', 'ABAD2', 'ABLANK', 'ADUP', 'AEASTER', 'AFIRST', 'AREV', 'ASAME', 'ATWO', 'ANOCODE'].sort());
    expect(flags.ADUP).toHaveLength(1);
    expect(flags.ATWO).toHaveLength(2);
  });

  it('assessments_45wd: 8 of 11', async () => {
    // Denominator 13 − ABAD1 − ABAD2 (unreadable start) = 11.
    // Within: A45 (45), AEASTER (1), ASAME (0), AREV (end before start → 0), AFIRST (3), ADUP (35),
    //         ATWO 5 Apr (2), ANOCODE (1) = 8. Not: A46 (46), ABLANK (blank start), ATWO 25 Apr (80).
    // 100 × 8 / 11 = 72.7272… → 72.7273
    expectPercent(await f.value('assessments_45wd', D), 72.7273, 8, 11);
  });

  it('assessments_45wd per child: 45 in, 46 out, blank start fails, unreadable start excluded', async () => {
    const flags = flagsByChild(await f.drill('assessments_45wd', D));
    expect(flags.A45).toEqual([true]);
    expect(flags.A46).toEqual([false]);
    expect(flags.AEASTER).toEqual([true]);
    expect(flags.ASAME).toEqual([true]);
    expect(flags.AREV).toEqual([true]);
    expect(flags.ABLANK).toEqual([false]);
    expect(flags.ABAD1).toBeUndefined();
    expect(flags.ABAD2).toBeUndefined();
    expect(flags.AAUTHBAD).toBeUndefined();
    expect(flags.AFIRST).toEqual([true]);
    expect(flags.APREV).toBeUndefined();
    expect(flags.AAFTER).toBeUndefined();
    expect(flags.ADUP).toEqual([true]); // first row wins (35 working days)
    expect([...(flags.ATWO ?? [])].sort()).toEqual([false, true]);
    expect(flags.ANOCODE).toEqual([true]);
  });

  it('assessments_child_seen: a) Yes / Yes / Y / y are Yes → 5 of 13', async () => {
    // Yes: A45 'a) Yes', A46 'Yes', AEASTER 'Y', ASAME 'y', ADUP first row 'Yes' = 5.
    // Not: AREV 'b) No', ABLANK 'No', ABAD1 'N', ABAD2 blank, AFIRST '#N/A', ATWO #N/A cell, ATWO 'c) Unknown',
    //      ANOCODE 'seen'. Denominator 13 (unreadable START does not matter here). 100 × 5 / 13 = 38.4615…
    expectPercent(await f.value('assessments_child_seen', D), 38.4615, 5, 13);
    expect(numeratorChildren(await f.drill('assessments_child_seen', D))).toEqual(['A45', 'A46', 'ADUP', 'AEASTER', 'ASAME']);
  });

  it('drill-down rows equal the denominator, in_numerator exactly the numerator rows', async () => {
    const v = await f.value('assessments_45wd', D);
    const rows = await f.drill('assessments_45wd', D);
    expect(rows).toHaveLength(v.denominator ?? -1);
    expect(rows.filter((r) => Boolean(r.in_numerator))).toHaveLength(v.numerator ?? -1);
    expect(numeratorChildren(rows)).toEqual(['A45', 'ADUP', 'AEASTER', 'AFIRST', 'ANOCODE', 'AREV', 'ASAME', 'ATWO']);
  });
});

/*
 * Local closure days. D = Tue 31 Dec 2024, closures 27, 30 and 31 Dec 2024 (an Eclipse-style list).
 * Bank holidays in range: Christmas Day Wed 25 Dec, Boxing Day Thu 26 Dec.
 *   Fri 25 Oct → Tue 31 Dec: Mon 28 Oct…Fri 27 Dec = 9 weeks = 45 weekdays, + Mon 30, Tue 31 = 47,
 *     − 25, 26 Dec = 45 working days (no closures); − 27, 30, 31 Dec closures = 42.
 *   Tue 22 Oct adds Wed 23, Thu 24, Fri 25 Oct → 48 (no closures) / 45 (closures).
 *   Mon 21 Oct adds Tue 22 → 49 / 46.
 */
describe('assessments_45wd with local closure days, D = Tue 31 Dec 2024', () => {
  const D = '2024-12-31';
  const lists: FixtureLists = {
    4: [
      { child_id: 'CL45', assessment_start: '2024-10-25', assessment_authorised: '2024-12-31', child_seen: 'Yes' },
      { child_id: 'CL48', assessment_start: '2024-10-22', assessment_authorised: '2024-12-31', child_seen: 'Yes' },
      { child_id: 'CL49', assessment_start: '2024-10-21', assessment_authorised: '2024-12-31', child_seen: 'Yes' },
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

  it('without closures: only CL45 (45) is within → 1/3', async () => {
    expectPercent(await plain.value('assessments_45wd', D), 33.3333, 1, 3);
    expect(numeratorChildren(await plain.drill('assessments_45wd', D))).toEqual(['CL45']);
  });

  it('with closures: CL45 (42) and CL48 (45) are within, CL49 (46) is not → 2/3 = 66.6667', async () => {
    expectPercent(await closed.value('assessments_45wd', D), 66.6667, 2, 3);
    expect(numeratorChildren(await closed.drill('assessments_45wd', D))).toEqual(['CL45', 'CL48']);
  });
});
