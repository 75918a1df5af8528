import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralRate } from '../../src/measures/catalogue/extended-front-door.js';
import { evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import { type LoadedFixture, loadFixtures } from '../helpers/annex-a-fixture.js';
import { expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Extended front-door measures (src/measures/catalogue/extended-front-door.ts):
 *   referrals_rate_ytd            | referrals in the YTD × 10,000 ÷ population
 *   referrals_source_{police,schools,health}_ytd | source code 6 / 2A / 3A–3F | referrals in the YTD
 *   assessments_no_support(_ytd)  | requires support = No | assessments authorised in the month / YTD
 *   contacts_r12, referrals_r12   | events in the 12 months to D, read from the longitudinal view
 *
 * Two extracts: A as at Sun 31 Mar 2024 (its window: 1 Oct 2023 – 31 Mar 2024) and B as at Mon 30 Sep 2024
 * (window 1 Apr – 30 Sep 2024). D = 30 Sep 2024: month = 1–30 Sep 2024; YTD = 1 Apr – 30 Sep 2024 (all from B);
 * rolling 12 months = 1 Oct 2023 – 30 Sep 2024 (Oct–Mar from A, Apr–Sep from B).
 */
describe('referrals by period, source and rate; assessments needing no support, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixtures(
      [
        {
          asAt: '2024-03-31',
          lists: {
            1: [{ child_id: 'C0', contact_date: '2024-01-15', contact_source: '6' }], // in the rolling year only
            3: [
              // 31 Mar 2024: the day before the YTD → rolling year only (read from A).
              { child_id: 'R3', referral_date: '2024-03-31', referral_source: '6', referral_nfa: 'No', referrals_last_12m: 0 },
              // 30 Sep 2023: the day before the rolling year → never.
              { child_id: 'R0', referral_date: '2023-09-30', referral_source: '6', referral_nfa: 'No', referrals_last_12m: 0 },
            ],
          },
        },
        {
          asAt: '2024-09-30',
          lists: {
            1: [{ child_id: 'C1', contact_date: '2024-09-30', contact_source: '6' }],
            3: [
              { child_id: 'R1', referral_date: '2024-04-01', referral_source: 'q) 6' }, // first day of the YTD; police
              { child_id: 'R2', referral_date: '2024-09-30', referral_source: '6: Police' }, // D; police
              { child_id: 'R4', referral_date: '2024-10-01', referral_source: '6' }, // after D → out
              { child_id: 'R5', referral_date: '2024-05-10', referral_source: 'e) 2A' }, // schools
              { child_id: 'R6', referral_date: '2024-06-11', referral_source: '2a' }, // schools (case ignored)
              { child_id: 'R7', referral_date: '2024-06-12', referral_source: 'g) 3A' }, // health (GP)
              { child_id: 'R8', referral_date: '2024-06-13', referral_source: '3F: Other health' }, // health
              { child_id: 'R9', referral_date: '2024-06-14', referral_source: 'Police' }, // a label, no code → no group
              { child_id: 'R10', referral_date: '2024-06-15', referral_source: null }, // blank → no group
              { child_id: 'R11', referral_date: '2024-07-01', referral_source: '2B' }, // education services: not schools
              // Duplicate (same child, same date): counts once, the first row's source (police) wins.
              { child_id: 'R12', referral_date: '2024-07-02', referral_source: '6' },
              { child_id: 'R12', referral_date: '2024-07-02', referral_source: '2A' },
              { child_id: 'R13', referral_date: '31/02/2024', referral_source: '6' }, // unreadable → out
            ],
            4: [
              { child_id: 'S1', assessment_start: '2024-08-01', assessment_authorised: '2024-09-02', requires_support: 'b) No' },
              { child_id: 'S2', assessment_start: '2024-08-01', assessment_authorised: '2024-09-30', requires_support: 'Yes' },
              { child_id: 'S3', assessment_start: '2024-08-01', assessment_authorised: '2024-09-15', requires_support: 'N' },
              { child_id: 'S4', assessment_start: '2024-08-01', assessment_authorised: '2024-09-20', requires_support: 'c) Unknown' },
              { child_id: 'S5', assessment_start: '2024-08-01', assessment_authorised: '2024-09-21', requires_support: null },
              { child_id: 'S6', assessment_start: '2024-08-01', assessment_authorised: '2024-09-22', requires_support: 'maybe' },
              { child_id: 'S7', assessment_start: '2024-04-01', assessment_authorised: '2024-05-01', requires_support: 'No' }, // YTD only
              { child_id: 'S8', assessment_start: '2024-09-01', assessment_authorised: '2024-10-01', requires_support: 'No' }, // after D
              { child_id: 'S9', assessment_start: '2024-09-01', assessment_authorised: '31/02/2024', requires_support: 'No' }, // unreadable
              // Duplicate authorisation (same child, same date): once, the first row (No) wins.
              { child_id: 'S10', assessment_start: '2024-08-01', assessment_authorised: '2024-09-25', requires_support: 'No' },
              { child_id: 'S10', assessment_start: '2024-08-02', assessment_authorised: '2024-09-25', requires_support: 'Yes' },
            ],
          },
        },
      ],
      { population: 30_000 },
    );
  });
  afterAll(async () => f?.close());

  // Referrals in the YTD: R1, R2, R5, R6, R7, R8, R9, R10, R11, R12 (once) = 10.

  it('referrals_rate_ytd: 10 referrals × 10,000 ÷ 30,000 = 3.3333', async () => {
    expect(await f.value('referrals_rate_ytd', D)).toMatchObject({ kind: 'rate', value: 3.3333, numerator: 10, denominator: 30_000 });
  });

  it('referrals_rate_ytd: null when no population is configured', async () => {
    const { points } = await resolveAsAt(f.store.db, [D]);
    const [v] = await evaluateMeasures(f.store.db, points, [referralRate('ytd')]);
    expect(v).toMatchObject({ value: null, numerator: 10, denominator: null });
  });

  it('referrals_source_police_ytd: R1 (q) 6), R2 (6: Police), R12 (first row) → 3 of 10', async () => {
    expectPercent(await f.value('referrals_source_police_ytd', D), 30, 3, 10);
    const rows = await f.drill('referrals_source_police_ytd', D);
    expect(numeratorChildren(rows)).toEqual(['R1', 'R12', 'R2']);
    expect(flagsByChild(rows).R9).toEqual([false]); // "Police" without its code is no readable source
    expect(flagsByChild(rows).R12).toEqual([true]);
  });

  it('referrals_source_schools_ytd: R5 (e) 2A), R6 (2a) → 2 of 10; 2B and the duplicate’s 2A are not counted', async () => {
    expectPercent(await f.value('referrals_source_schools_ytd', D), 20, 2, 10);
    expect(numeratorChildren(await f.drill('referrals_source_schools_ytd', D))).toEqual(['R5', 'R6']);
  });

  it('referrals_source_health_ytd: R7 (3A), R8 (3F) → 2 of 10', async () => {
    expectPercent(await f.value('referrals_source_health_ytd', D), 20, 2, 10);
    expect(numeratorChildren(await f.drill('referrals_source_health_ytd', D))).toEqual(['R7', 'R8']);
  });

  it('referrals_r12 and contacts_r12 reach back into extract A; the YTD does not', async () => {
    // Referrals 1 Oct 2023 – 30 Sep 2024: the 10 YTD referrals + R3 (31 Mar 2024, from A) = 11; R0 (30 Sep 2023) is out.
    expectCount(await f.value('referrals_r12', D), 11);
    expectCount(await f.value('referrals_ytd', D), 10);
    // Contacts: C0 (15 Jan 2024, from A) + C1 (30 Sep 2024) = 2; the YTD has C1 only.
    expectCount(await f.value('contacts_r12', D), 2);
    expectCount(await f.value('contacts_ytd', D), 1);
  });

  it('assessments_no_support (September): S1, S3, S10 of 7', async () => {
    // Authorised 1–30 Sep: S1, S2, S3, S4, S5, S6, S10 (once) = 7 (S8 after D, S9 unreadable, S7 in May).
    // No: S1 (b) No), S3 (N), S10 (first row No) = 3. Yes, Unknown, blank and "maybe" are not No.
    // 100 × 3 / 7 = 42.857142… → 42.8571
    expectPercent(await f.value('assessments_no_support', D), 42.8571, 3, 7);
    const flags = flagsByChild(await f.drill('assessments_no_support', D));
    expect(flags.S10).toEqual([true]);
    expect(flags.S6).toEqual([false]);
    expect(flags.S9).toBeUndefined();
  });

  it('assessments_no_support_ytd: adds S7 (May) → 4 of 8', async () => {
    expectPercent(await f.value('assessments_no_support_ytd', D), 50, 4, 8);
    expect(numeratorChildren(await f.drill('assessments_no_support_ytd', D))).toEqual(['S1', 'S10', 'S3', 'S7']);
  });
});
