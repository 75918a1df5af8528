import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   contacts_month  | 1 | contacts whose Date of Contact is in the reporting month | count
 *   referrals_month | 3 | referrals whose Date of Referral is in the reporting month | count
 *   rereferrals_12m | 3 | Number of Referrals in Last 12 Months ≥ 1 … or the list holds another referral for the
 *                         same child dated 1–365 days before it | referrals in the reporting month
 *   referrals_nfa   | 3 | Referral NFA? = Yes | referrals in the reporting month
 *   "Reporting month: the calendar month that contains D, from its first day up to and including D."
 *   Resolved 1: duplicates judged on contact / referral date; first row in the file wins; "A same-day
 *   duplicate is never a re-referral."
 */

describe('contacts_month (list 1), D = Fri 15 Mar 2024 (not a month end)', () => {
  const D = '2024-03-15';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        1: [
          { child_id: 'C-FIRST', contact_date: '2024-03-01', contact_source: 'q) 6' }, // first day of the month → in
          { child_id: 'C-D', contact_date: '2024-03-15', contact_source: 'q) 6' }, // D itself → in
          { child_id: 'C-AFTER', contact_date: '2024-03-16', contact_source: 'q) 6' }, // day after D → out
          { child_id: 'C-MONTHEND', contact_date: '2024-03-31', contact_source: 'q) 6' }, // same calendar month but after D → out
          { child_id: 'C-PREV', contact_date: '2024-02-29', contact_source: 'q) 6' }, // previous month → out
          { child_id: 'C-LASTYEAR', contact_date: '2023-03-10', contact_source: 'q) 6' }, // March a year earlier → out
          { child_id: 'C-DUP', contact_date: '2024-03-05', contact_source: 'q) 6' }, // same child + same date …
          { child_id: 'C-DUP', contact_date: '2024-03-05', contact_source: 'e) 2A' }, // … counts once
          { child_id: 'C-TWO', contact_date: '2024-03-06', contact_source: 'q) 6' }, // same child, different dates …
          { child_id: 'C-TWO', contact_date: '2024-03-07', contact_source: 'q) 6' }, // … counts twice
          { child_id: 'C-BAD1', contact_date: '31/02/2024', contact_source: 'q) 6' }, // unreadable → out
          { child_id: 'C-BAD2', contact_date: 'unknown', contact_source: 'q) 6' }, // unreadable → out
          { child_id: 'C-BLANK', contact_date: null, contact_source: 'q) 6' }, // blank → no date in the month
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('counts 1 Mar…15 Mar only, duplicates once, unreadable dates never', async () => {
    // C-FIRST (1 Mar) + C-D (15 Mar) + C-DUP once (5 Mar) + C-TWO twice (6 and 7 Mar) = 5
    expectCount(await f.value('contacts_month', D), 5);
  });

  it('drill shows exactly the contacts in the month', async () => {
    const flags = flagsByChild(await f.drill('contacts_month', D));
    expect(flags).toEqual({ 'C-FIRST': [true], 'C-D': [true], 'C-DUP': [true], 'C-TWO': [true, true] });
  });
});

describe('referrals (list 3), D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        3: [
          // RA: no earlier referral, column 0 → not a re-referral. NFA 'a) Yes' → Yes.
          { child_id: 'RA', referral_date: '2024-03-05', referrals_last_12m: 0, referral_nfa: 'a) Yes', team: 'T1' },
          // RB: column = 1 alone makes a re-referral (no earlier row in the list). NFA 'Yes'.
          { child_id: 'RB', referral_date: '2024-03-06', referrals_last_12m: 1, referral_nfa: 'Yes', team: 'T1' },
          // RC: earlier RC referral on Thu 29 Feb 2024, 1 day before Fri 1 Mar → re-referral. NFA 'Y'.
          { child_id: 'RC', referral_date: '2024-02-29', referrals_last_12m: 0, referral_nfa: 'No', team: 'T1' },
          { child_id: 'RC', referral_date: '2024-03-01', referrals_last_12m: 0, referral_nfa: 'Y', team: 'T2' },
          // RD: earlier referral 21 Mar 2023 → 20 Mar 2024 = 365 days (the span contains 29 Feb 2024) → re-referral. NFA 'y'.
          { child_id: 'RD', referral_date: '2023-03-21', referrals_last_12m: 0, referral_nfa: 'No', team: 'T2' },
          { child_id: 'RD', referral_date: '2024-03-20', referrals_last_12m: 0, referral_nfa: 'y', team: 'T2' },
          // RE: earlier referral 20 Mar 2023 → 20 Mar 2024 = 366 days → NOT a re-referral. NFA 'b) No'.
          { child_id: 'RE', referral_date: '2023-03-20', referrals_last_12m: 0, referral_nfa: 'No', team: 'T2' },
          { child_id: 'RE', referral_date: '2024-03-20', referrals_last_12m: 0, referral_nfa: 'b) No', team: 'T2' },
          // RF: same-day duplicate → one referral, never a re-referral (0 days before is not 1–365).
          { child_id: 'RF', referral_date: '2024-03-12', referrals_last_12m: 0, referral_nfa: 'No', team: 'T1' },
          { child_id: 'RF', referral_date: '2024-03-12', referrals_last_12m: 0, referral_nfa: 'No', team: 'T1' },
          // RG: column and NFA blank, no team → in the denominator, in neither numerator.
          { child_id: 'RG', referral_date: '2024-03-25', referrals_last_12m: null, referral_nfa: null, team: null },
          // RH: two referrals in the month → both in the denominator; 22 Mar is 20 days after 2 Mar → re-referral.
          { child_id: 'RH', referral_date: '2024-03-02', referrals_last_12m: 0, referral_nfa: 'maybe', team: 'T1' },
          { child_id: 'RH', referral_date: '2024-03-22', referrals_last_12m: 0, referral_nfa: 'YES', team: 'T1' },
          // RI: a LATER referral (2 Apr, after D) does not make 15 Mar a re-referral; 2 Apr is not in the month.
          { child_id: 'RI', referral_date: '2024-03-15', referrals_last_12m: 0, referral_nfa: 'N', team: 'T2' },
          { child_id: 'RI', referral_date: '2024-04-02', referrals_last_12m: 0, referral_nfa: 'Yes', team: 'T2' },
          // RJ: duplicates that differ → the first row wins: column 0 and NFA 'No'.
          { child_id: 'RJ', referral_date: '2024-03-18', referrals_last_12m: 0, referral_nfa: 'No', team: 'T2' },
          { child_id: 'RJ', referral_date: '2024-03-18', referrals_last_12m: 2, referral_nfa: 'Yes', team: 'T2' },
          // RK, RL: unreadable referral dates → out of every referral measure (even with column 3 and NFA Yes).
          { child_id: 'RK', referral_date: '31/02/2024', referrals_last_12m: 3, referral_nfa: 'Yes', team: 'T1' },
          { child_id: 'RL', referral_date: 'unknown', referrals_last_12m: 3, referral_nfa: 'Yes', team: 'T1' },
          // RM: '#N/A' text in the column and in NFA → blank → in neither numerator.
          { child_id: 'RM', referral_date: '2024-03-28', referrals_last_12m: '#N/A', referral_nfa: '#N/A', team: 'T1' },
          // RN: real #N/A error cell in NFA → blank → not Yes.
          { child_id: 'RN', referral_date: '2024-03-29', referrals_last_12m: 0, referral_nfa: NA_ERROR, team: 'T2' },
          // RO: 'c) Unknown' is not Yes.
          { child_id: 'RO', referral_date: '2024-03-30', referrals_last_12m: 0, referral_nfa: 'c) Unknown', team: 'T2' },
          // RP: the earlier row's date is unreadable ('31/02/2024' must not become 2 Mar) → no earlier referral.
          { child_id: 'RP', referral_date: '31/02/2024', referrals_last_12m: 0, referral_nfa: 'No', team: 'T1' },
          { child_id: 'RP', referral_date: '2024-03-10', referrals_last_12m: 0, referral_nfa: 'n', team: 'T1' },
          // RQ: previous month only → not in the denominator.
          { child_id: 'RQ', referral_date: '2024-02-15', referrals_last_12m: 4, referral_nfa: 'Yes', team: 'T1' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  // Referrals in the month: RA, RB, RC(1 Mar), RD(20 Mar), RE(20 Mar), RF once, RG, RH×2, RI(15 Mar),
  // RJ once, RM, RN, RO, RP(10 Mar) = 15.
  it('referrals_month counts 15 referrals', async () => {
    expectCount(await f.value('referrals_month', D), 15);
  });

  it('rereferrals_12m: column ≥ 1 or an earlier referral 1–365 days before → 4/15', async () => {
    // Numerator: RB (column 1), RC (1 day), RD (365 days), RH 22 Mar (20 days) = 4.
    // 100 × 4 / 15 = 26.6666… → 26.6667
    expectPercent(await f.value('rereferrals_12m', D), 26.6667, 4, 15);
  });

  it('rereferrals_12m per child', async () => {
    const flags = flagsByChild(await f.drill('rereferrals_12m', D));
    expect(flags.RA).toEqual([false]);
    expect(flags.RB).toEqual([true]); // column alone
    expect(flags.RC).toEqual([true]); // 1 day before
    expect(flags.RD).toEqual([true]); // 365 days before
    expect(flags.RE).toEqual([false]); // 366 days before
    expect(flags.RF).toEqual([false]); // same-day duplicate: counted once, never a re-referral
    expect(flags.RG).toEqual([false]);
    expect([...(flags.RH ?? [])].sort()).toEqual([false, true]); // 2 Mar no, 22 Mar yes
    expect(flags.RI).toEqual([false]); // a later referral does not count
    expect(flags.RJ).toEqual([false]); // first of the differing duplicates wins (column 0)
    expect(flags.RK).toBeUndefined(); // unreadable date
    expect(flags.RL).toBeUndefined(); // unreadable date
    expect(flags.RM).toEqual([false]); // '#N/A' column is blank
    expect(flags.RP).toEqual([false]); // unreadable earlier row is no earlier referral
    expect(flags.RQ).toBeUndefined(); // previous month
  });

  it('referrals_nfa: a) Yes, Yes, Y, y, YES are Yes; anything else is not → 5/15', async () => {
    // Yes: RA 'a) Yes', RB 'Yes', RC 'Y', RD 'y', RH(22 Mar) 'YES' = 5.
    // Not Yes: RE 'b) No', RF 'No', RG blank, RH(2 Mar) 'maybe', RI 'N', RJ first row 'No', RM '#N/A',
    //          RN #N/A error cell, RO 'c) Unknown', RP 'n'.  100 × 5 / 15 = 33.3333…→ 33.3333
    expectPercent(await f.value('referrals_nfa', D), 33.3333, 5, 15);
    expect(numeratorChildren(await f.drill('referrals_nfa', D))).toEqual(['RA', 'RB', 'RC', 'RD', 'RH']);
  });

  it('breakdown by team of referrals_month sums to the whole', async () => {
    // T1: RA, RB, RF, RH×2, RM, RP = 7; T2: RC, RD, RE, RI, RJ, RN, RO = 7; no team: RG = 1. 7 + 7 + 1 = 15.
    const rows = await f.breakdown('referrals_month', D, 'team');
    const byTeam = Object.fromEntries(rows.map((r) => [r.group ?? '(none)', r.value]));
    expect(byTeam).toEqual({ T1: 7, T2: 7, '(none)': 1 });
    expect(rows.reduce((s, r) => s + (r.numerator ?? 0), 0)).toBe(15);
  });
});

describe('contacts_month when D is the first day of the month, D = Fri 1 Mar 2024', () => {
  it('the reporting month is 1 Mar only', async () => {
    const D = '2024-03-01';
    const f = await loadFixture(
      {
        1: [
          { child_id: 'M1', contact_date: '2024-03-01', contact_source: 'q) 6' }, // D = first day → in
          { child_id: 'M2', contact_date: '2024-02-29', contact_source: 'q) 6' }, // previous month → out
          { child_id: 'M3', contact_date: '2024-03-02', contact_source: 'q) 6' }, // after D → out
        ],
      },
      D,
    );
    try {
      expectCount(await f.value('contacts_month', D), 1);
      expect(Object.keys(flagsByChild(await f.drill('contacts_month', D)))).toEqual(['M1']);
    } finally {
      await f.close();
    }
  });
});
