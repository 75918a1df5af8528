import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCinCensus } from '../../src/jobs/load-cin-census.js';
import { child, cpp, episode, header } from '../../src/quality/cin-census/testing.js';
import type { CinChild } from '../../src/sources/cin-census/records.js';
import { cinCensusXml } from '../../src/synthetic/cin-census/write-xml.js';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { expectPercent, numeratorChildren } from './support.js';

/*
 * The CIN Census measures (src/measures/catalogue/cin-census.ts), over the 2024/25 census (year
 * 1 Apr 2024 – 31 Mar 2025) and, loaded second, the 2023/24 one. D = 31 Mar 2025; an Annex A
 * extract as at D makes D an as-at date. Every expectation is worked out by hand beside it.
 */
const D = '2025-03-31';
const ref = (id: string, ...dates: string[]) => child(id, { episodes: dates.map((referral, i) => episode({ seq: i + 1, referral, closure: null, closeReason: null })) });
const plan = (id: string, over: Parameters<typeof cpp>[0], episodeOver: Parameters<typeof episode>[0] = {}) =>
  child(id, { episodes: [episode({ referral: '2023-01-01', closure: null, closeReason: null, assessments: [], ...episodeOver, cpps: [cpp(over)] })] });

const THIS_YEAR: CinChild[] = [
  // Re-referrals
  ref('A', '2024-06-01'), // previous referral 2024-01-10 in last year's census: 143 days → re-referral
  ref('B', '2024-04-02', '2025-03-31'), // second is 363 days after the first → re-referral; the first is not
  ref('C', '2024-06-01'), // previous 2023-06-01: 366 days (2024 is a leap year) → not
  ref('D', '2024-06-01'), // previous 2023-06-02: 365 days → re-referral
  child('E', { episodes: [episode({ referral: '2024-07-01', closure: null, closeReason: null }), episode({ seq: 2, referral: '2024-07-01', nfa: 'true' })] }), // same day twice: one referral, not a re-referral
  // Second or subsequent plans (plans starting in the year)
  plan('P1', { start: '2024-05-22', previous: '0' }), // first
  plan('P2', { start: '2024-06-03', previous: '2' }), // NumberOfPreviousCPP 2 → subsequent
  plan('P3', { start: '2024-09-02', previous: '0' }), // last year's census has a plan from 2023-05-01 → subsequent
  child('P4', { episodes: [episode({ referral: '2023-01-01', assessments: [], closure: null, closeReason: null, cpps: [cpp({ start: '2024-04-15', end: '2024-08-01', previous: '0' }), cpp({ seq: 2, start: '2024-10-01', previous: '0' })] })] }), // second → subsequent
  plan('P5', { start: '2023-12-01', previous: '0' }), // started before the year: not counted
  plan('P6', { start: '2024-11-04', previous: null }), // number missing, no earlier plan: first
  // CP reviews
  plan('R1', { start: '2024-05-22', reviews: ['2024-08-22', '2025-02-22'] }), // exactly 3, then exactly 6 months: 2 in time
  plan('R2', { start: '2024-05-22', reviews: ['2024-08-23', '2025-02-20'] }), // 3 months and a day: late; next in time
  plan('R3', { start: '2024-04-10', reviews: [] }), // no review; due by 2024-07-10: overdue at 31 March
  plan('R4', { start: '2024-06-01', end: '2024-08-15', reviews: ['2024-08-15'] }), // ended at its review: in time, not overdue
  plan('R5', { start: '2023-11-30', reviews: ['2024-08-31', '2025-02-28'] }), // last year: 2024-02-28; 08-31 late (due 08-28); 2025-02-28 in time (31 Aug + 6 months)
  plan('R6', { start: '2023-10-01', reviews: ['2024-05-01', '2024-10-30'] }), // not in last year's census: the first has no known previous event (left out); the second in time
  plan('R7', { start: '2024-12-01', reviews: [] }), // due by 2025-03-01: overdue
  plan('R8', { start: '2025-01-15', reviews: [] }), // due by 2025-04-15: not yet due, no row
  plan('R9', { start: '2024-07-01', reviews: ['2024-07-01', '2024-10-01'] }), // the start-day "review" is not one; 2024-10-01 in time; next due 2025-04-01
];

const LAST_YEAR: CinChild[] = [
  ref('A', '2024-01-10'),
  ref('C', '2023-06-01'),
  ref('D', '2023-06-02'),
  plan('P3', { start: '2023-05-01', end: '2023-11-01', previous: '0', reviews: [] }),
  plan('R5', { start: '2023-11-30', reviews: ['2024-02-28'] }),
];

describe('CIN Census measures, D = 31 Mar 2025', () => {
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture({ 1: [{ child_id: 'X', contact_date: '2025-03-01', contact_source: '6' }] }, D);
    const file = join(f.dir, 'cin-2025.xml');
    await writeFile(file, cinCensusXml(header(2025), THIS_YEAR, 2025));
    await loadCinCensus(f.store.db, { file, loadedBy: 'test' });
  });
  afterAll(async () => f?.close());

  it('re-referrals, this census alone: only B’s second referral (1 of A, B×2, C, D, E)', async () => {
    expectPercent(await f.value('cin_rereferrals_12m', D), 16.6667, 1, 6);
  });

  // Plans starting in the year: P1, P2, P3, P4×2, P6 and R1, R2, R3, R4, R7, R8, R9 (NumberOfPreviousCPP 0, no earlier plan) = 13.
  it('second or subsequent plans, this census alone: P2 (NumberOfPreviousCPP) and P4’s second plan, of 13', async () => {
    expectPercent(await f.value('cin_cp_second_plus', D), 15.3846, 2, 13);
  });

  describe('with the previous year’s census loaded', () => {
    beforeAll(async () => {
      const file = join(f.dir, 'cin-2024.xml');
      await writeFile(file, cinCensusXml(header(2024), LAST_YEAR.map((c) => ({ ...c, gender: '2', sex: null })), 2024));
      await loadCinCensus(f.store.db, { file, loadedBy: 'test' });
    });

    it('re-referrals across years: A (143 days), B’s second (363), D (365) of 6; C at 366 days is not', async () => {
      expectPercent(await f.value('cin_rereferrals_12m', D), 50, 3, 6);
      expect(numeratorChildren(await f.drill('cin_rereferrals_12m', D))).toEqual(['A', 'B', 'D']);
    });

    it('second or subsequent plans: P2, P3 (earlier plan last year) and P4’s second, of 13', async () => {
      expectPercent(await f.value('cin_cp_second_plus', D), 23.0769, 3, 13);
      expect(numeratorChildren(await f.drill('cin_cp_second_plus', D))).toEqual(['P2', 'P3', 'P4']);
    });

    /*
     * R plans: 7 in time of 11 (R1×2, R2’s second, R4, R5’s second, R6’s second, R9; R2’s first and R5’s first late; R3, R7 overdue).
     * P plans (each with a review on 2024-08-20, open): P1 and P2 review in time, then overdue by 2025-02-20; P3, P4’s two
     * and P6 started after 20 Aug (or P4’s first ended before it), so that date is not their review: each overdue; P5 began
     * before the year and is not in last year’s census: its review has no known previous event (left out), then overdue.
     * 7 + 2 = 9 in time of 11 + 9 = 20.
     */
    it('CP reviews in timescale: 9 of 20', async () => {
      expectPercent(await f.value('cin_cp_reviews_timescale', D), 45, 9, 20);
      const rows = await f.drill('cin_cp_reviews_timescale', D);
      const byChild: Record<string, boolean[]> = {};
      for (const r of rows) (byChild[r.child_id as string] ??= []).push(Boolean(r.in_numerator));
      for (const k of Object.keys(byChild)) byChild[k]?.sort();
      expect(byChild).toEqual({
        R1: [true, true], R2: [false, true], R3: [false], R4: [true], R5: [false, true], R6: [true], R7: [false], R9: [true],
        P1: [false, true], P2: [false, true], P3: [false], P4: [false, false], P5: [false], P6: [false],
      });
      expect(rows.find((r) => r.child_id === 'R7')?.reason).toBe('overdue: no review held by 2025-03-31 since the plan started 2024-12-01 (due within 3 months)');
    });
  });
});
