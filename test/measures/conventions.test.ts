import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureRow, type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, dateCell, expectCount, expectPercent, flagsByChild, textCell } from './support.js';

/*
 * Conventions of spec/measures-core.md that cut across measures: the 26 ids and their kinds/polarities,
 * percentages (null when the denominator is 0, half-up to 4 decimals), count output, date forms
 * (Resolved 8), unreadable dates as data-quality errors (Resolved 2), drill-down and breakdown consistency.
 */

const COUNTS = [
  'contacts_month',
  'referrals_month',
  'assessments_completed_month',
  's47_month',
  'cin_open',
  'cp_open',
  'cla_open',
  'cla_uasc',
  'caseload_max',
  'unallocated_open',
] as const;

/** Percentages with the polarity the contract's table gives ("lower is better" / "higher is better"; none for referrals_nfa). */
const PERCENTS: Record<string, 'lower' | 'higher' | null> = {
  rereferrals_12m: 'lower',
  referrals_nfa: null,
  assessments_45wd: 'higher',
  assessments_child_seen: 'higher',
  icpc_15wd: 'higher',
  cp_visited_10wd: 'higher',
  cp_second_plus: 'lower',
  cp_2years_plus: 'lower',
  cla_3plus_placements: 'lower',
  cla_visited_6wk: 'higher',
  cla_health_12m: 'higher',
  cla_dental_12m: 'higher',
  care_leavers_in_touch: 'higher',
  care_leavers_eet: 'higher',
  care_leavers_suitable_accom: 'higher',
};

const ALL_IDS = [...COUNTS, ...Object.keys(PERCENTS), 'caseload_mean'];

describe('the 26 core measures with nothing to count, D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    // One contact only: every other list is empty, so every percentage has denominator 0.
    f = await loadFixture({ 1: [{ child_id: 'Z1', contact_date: '2024-03-10', contact_source: 'q) 6' }] }, D);
  });
  afterAll(async () => f?.close());

  it('all 26 ids are computed', async () => {
    expect(ALL_IDS).toHaveLength(26);
    const v = await f.values(D);
    for (const id of ALL_IDS) expect(v[id], id).toBeDefined();
  });

  it('kinds and polarities are as the contract table says', async () => {
    const v = await f.values(D);
    for (const id of COUNTS) if (id !== 'caseload_max') expect(v[id]?.kind, id).toBe('count');
    for (const [id, polarity] of Object.entries(PERCENTS)) {
      expect(v[id]?.kind, id).toBe('percent');
      expect(v[id]?.unit, id).toBe('%');
      if (polarity) expect(v[id]?.polarity, id).toBe(polarity);
    }
    expect(v.caseload_mean?.kind).toBe('mean');
  });

  it('a percentage with denominator 0 is null (never 0), with numerator 0 and denominator 0', async () => {
    const v = await f.values(D);
    for (const id of Object.keys(PERCENTS)) expectPercent(v[id], null, 0, 0);
    expect(v.caseload_mean?.value).toBeNull();
    expect(v.caseload_mean?.denominator).toBe(0);
  });

  it('counts report numerator = value and denominator = null', async () => {
    const v = await f.values(D);
    expectCount(v.contacts_month, 1); // Z1 on 10 Mar
    for (const id of COUNTS) if (id !== 'contacts_month' && id !== 'caseload_max') expectCount(v[id], 0);
  });
});

describe('percentages are rounded half-up to 4 decimal places', () => {
  const D = '2024-03-31';

  it('2/3 → 66.6667 and 1/3 → 33.3333', async () => {
    const f = await loadFixture(
      {
        3: [
          { child_id: 'Q1', referral_date: '2024-03-04', referrals_last_12m: 1, referral_nfa: 'Yes' },
          { child_id: 'Q2', referral_date: '2024-03-05', referrals_last_12m: 0, referral_nfa: 'Yes' },
          { child_id: 'Q3', referral_date: '2024-03-06', referrals_last_12m: 0, referral_nfa: 'No' },
        ],
      },
      D,
    );
    try {
      expectPercent(await f.value('referrals_nfa', D), 66.6667, 2, 3); // 66.666… → 66.6667
      expectPercent(await f.value('rereferrals_12m', D), 33.3333, 1, 3); // 33.333… → 33.3333
    } finally {
      await f.close();
    }
  });

  it('exact halves round up: 1/128 = 0.78125 → 0.7813, 3/128 = 2.34375 → 2.3438', async () => {
    // 128 referrals from 128 different children in March 2024 (no earlier rows, so only the column can
    // make a re-referral). NFA Yes on 1 of them; column ≥ 1 on 3 of them.
    const rows: FixtureRow[] = Array.from({ length: 128 }, (_, i) => ({
      child_id: `H${i}`,
      referral_date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
      referrals_last_12m: i < 3 ? 1 : 0,
      referral_nfa: i === 0 ? 'Yes' : 'No',
    }));
    const f = await loadFixture({ 3: rows }, D);
    try {
      expectPercent(await f.value('referrals_nfa', D), 0.7813, 1, 128);
      expectPercent(await f.value('rereferrals_12m', D), 2.3438, 3, 128);
    } finally {
      await f.close();
    }
  });
});

/*
 * Resolved 8: "A number in a date column is an Excel serial date; a time of day is dropped; text dates are
 * day-first (dd/mm/yyyy, d/m/yy, yyyy-mm-dd), never month-first."
 * Excel serials: 45292 = 1 Jan 2024, so 45352 = 1 Mar 2024 (45292 + 31 + 29), 45351 = 29 Feb 2024,
 * 45366 = 15 Mar 2024, 45367 = 16 Mar 2024.
 */
describe('date forms in date columns (contacts_month), D = Fri 15 Mar 2024', () => {
  const D = '2024-03-15';
  let f: LoadedFixture;
  const contact = (child_id: string, contact_date: FixtureRow[string]): FixtureRow => ({ child_id, contact_date, contact_source: 'q) 6' });
  beforeAll(async () => {
    f = await loadFixture(
      {
        1: [
          contact('DS1', 45352), // 1 Mar 2024 → in
          contact('DS2', 45351), // 29 Feb 2024 → out
          contact('DS3', 45366.75), // 15 Mar 2024 18:00 → time dropped → D → in
          contact('DS4', 45367), // 16 Mar 2024 → out
          contact('DT1', '05/03/2024'), // 5 Mar → in
          contact('DT2', '03/04/2024'), // 3 Apr (day-first) → out; month-first would wrongly give 4 Mar
          contact('DT3', '13/03/2024'), // 13 Mar → in
          contact('DT4', '2/3/24'), // d/m/yy → 2 Mar 2024 → in
          contact('DT5', textCell('2024-03-07')), // yyyy-mm-dd as text → 7 Mar → in
          contact('DT6', '2024-03-08 10:30'), // yyyy-mm-dd with a time → 8 Mar → in
          contact('DT7', '15/03/2024 23:59'), // D with a time → in
          contact('DT8', '16/03/2024 00:00'), // D + 1 with a time → out
          contact('DT9', '12/3/24'), // 12 Mar 2024 → in; month-first would give 3 Dec
          contact('DT10', '3/12/24'), // 3 Dec 2024 → out; month-first would give 12 Mar
          contact('DC1', dateCell('2024-03-15', 0.99)), // date cell D 23:45 → in
          contact('DC2', dateCell('2024-03-16', 0.01)), // date cell D + 1 00:14 → out
          contact('DC3', dateCell('2024-03-14', 0.999)), // date cell 14 Mar 23:58 → 14 Mar → in
          contact('DE1', '#N/A'), // blank → out
          contact('DE2', NA_ERROR), // blank → out
          contact('DU1', '31/02/2024'), // unreadable → out, never 2 Mar
          contact('DU2', 'unknown'), // unreadable → out
          // The same contact date written three ways (date cell, day-first text, serial 45362 = 45352 + 10)
          // → same child and same key date → one contact.
          contact('DD', dateCell('2024-03-11')),
          contact('DD', '11/03/2024'),
          contact('DD', 45362),
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('reads serials, day-first text, text with times and date cells with times', async () => {
    // In: DS1, DS3, DT1, DT3, DT4, DT5, DT6, DT7, DT9, DC1, DC3 and DD once = 12
    const flags = flagsByChild(await f.drill('contacts_month', D));
    expect(Object.keys(flags).sort()).toEqual(['DC1', 'DC3', 'DD', 'DS1', 'DS3', 'DT1', 'DT3', 'DT4', 'DT5', 'DT6', 'DT7', 'DT9']);
    expect(flags.DD).toHaveLength(1);
    expectCount(await f.value('contacts_month', D), 12);
  });

  it('unreadable dates are reported as data-quality errors', async () => {
    const rows = await f.store.db.all<{ child_id: string; severity: string }>(
      `SELECT DISTINCT child_id, severity FROM findings WHERE child_id IN ('DU1', 'DU2') AND severity = 'error' ORDER BY child_id`,
    );
    expect(rows.map((r) => r.child_id)).toEqual(['DU1', 'DU2']);
  });
});

/*
 * Structural consistency over every list: for each measure the drill-down has one row per denominator unit
 * (percentages) and in_numerator is true on exactly the numerator's rows; the team breakdown of a count sums
 * to the whole.
 */
describe('drill-down and breakdown agree with the figure, D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        1: [
          { child_id: 'A', contact_date: '2024-03-01', contact_source: 'q) 6' },
          { child_id: 'B', contact_date: '2024-03-20', contact_source: 'q) 6' },
        ],
        3: [
          { child_id: 'A', referral_date: '2024-03-02', referrals_last_12m: 1, referral_nfa: 'No', team: 'T1', worker: 'W1' },
          { child_id: 'B', referral_date: '2024-03-03', referrals_last_12m: 0, referral_nfa: 'Yes', team: 'T2', worker: 'W2' },
          { child_id: 'C', referral_date: '2024-03-04', referrals_last_12m: 0, referral_nfa: 'No', team: 'T2', worker: 'W2' },
        ],
        4: [
          { child_id: 'A', assessment_start: '2024-03-01', assessment_authorised: '2024-03-05', child_seen: 'Yes', team: 'T1', worker: 'W1' },
          { child_id: 'B', assessment_start: '2023-12-01', assessment_authorised: '2024-03-06', child_seen: 'No', team: 'T2', worker: 'W2' },
        ],
        5: [
          { child_id: 'A', strategy_date: '2024-03-01', icpc_date: '2024-03-12', team: 'T1', worker: 'W1' },
          { child_id: 'B', strategy_date: '2024-02-01', icpc_date: '2024-03-12', team: 'T2', worker: 'W2' },
        ],
        6: [
          { child_id: 'A', cin_start: '2023-01-01', team: 'T1', worker: 'W1' },
          { child_id: 'B', cin_start: '2023-01-01', team: 'T2', worker: 'W2' },
          { child_id: 'C', cin_start: '2023-01-01', team: 'T2', worker: null },
        ],
        7: [
          { child_id: 'A', cp_start: '2021-01-01', last_visit: '2024-03-28', previous_cp_plans: 1, team: 'T1', worker: 'W1' },
          { child_id: 'B', cp_start: '2023-01-01', last_visit: '2024-01-01', previous_cp_plans: 0, team: 'T2', worker: 'W2' },
        ],
        8: [
          { child_id: 'D', cla_start: '2020-01-01', uasc: 'Yes', placements_last_12m: 3, last_visit: '2024-03-01', last_health_assessment: '2023-06-01', last_dental_check: '2022-01-01', team: 'T1', worker: 'W1' },
          { child_id: 'E', cla_start: '2024-01-01', uasc: 'No', placements_last_12m: 1, last_visit: '2023-12-01', team: 'T2', worker: 'W2' },
        ],
        9: [
          { child_id: 'F', dob: '2004-01-01', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable', team: 'T1', worker: 'W1' },
          { child_id: 'G', dob: '2003-01-01', in_touch: 'No', activity: 'G5', suitability: 'Unsuitable', team: 'T2', worker: 'W3' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('every percentage: drill rows = denominator, in_numerator rows = numerator', async () => {
    const v = await f.values(D);
    for (const id of Object.keys(PERCENTS)) {
      const rows = await f.drill(id, D);
      expect(rows.length, `${id} drill rows`).toBe(v[id]?.denominator);
      expect(rows.filter((r) => Boolean(r.in_numerator)).length, `${id} numerator rows`).toBe(v[id]?.numerator);
    }
  });

  it('every count: in_numerator rows in the drill = value', async () => {
    const v = await f.values(D);
    for (const id of COUNTS) {
      if (id === 'caseload_max') continue;
      const rows = await f.drill(id, D);
      expect(rows.filter((r) => Boolean(r.in_numerator)).length, id).toBe(v[id]?.value);
    }
  });

  it('hand-computed figures of this fixture', async () => {
    const v = await f.values(D);
    expectCount(v.cin_open, 3); // A, B, C
    expectCount(v.referrals_month, 3);
    // icpc_15wd: A Fri 1 → Tue 12 Mar = 4, 5, 6, 7, 8, 11, 12 = 7 → within; B Thu 1 Feb → Tue 12 Mar = 28 → not.
    expectPercent(v.icpc_15wd, 50, 1, 2);
    // Caseload cohort: A (W1), B (W2), C (none), D (W1), E (W2), F (W1), G (W3) → pairs 6, workers 3 → 2.
    expect({ value: v.caseload_mean?.value, numerator: v.caseload_mean?.numerator, denominator: v.caseload_mean?.denominator }).toEqual({ value: 2, numerator: 6, denominator: 3 });
    expectCount(v.caseload_max, 3); // W1: A, D, F
    expectCount(v.unallocated_open, 1); // C
  });

  it('breakdown by team of a count sums to the whole (cin_open: T1 1 + T2 2 = 3)', async () => {
    const rows = await f.breakdown('cin_open', D, 'team');
    expect(Object.fromEntries(rows.map((r) => [r.group, r.value]))).toEqual({ T1: 1, T2: 2 });
    expect(rows.reduce((s, r) => s + (r.value ?? 0), 0)).toBe((await f.value('cin_open', D)).value);
  });
});

/*
 * Resolved 1: duplicates are judged on the start date for lists 6–8; "When duplicates differ in other columns,
 * the first row in the file wins." So when the first of two rows with the same child and start date is closed,
 * the child is not open at D, even though the second copy has no end date.
 */
describe('duplicates: the first row wins before "open at D" is judged, D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        6: [
          { child_id: 'DC', cin_start: '2023-01-01', cin_closure: '2023-06-01' },
          { child_id: 'DC', cin_start: '2023-01-01', cin_closure: null },
          { child_id: 'DN', cin_start: '2023-01-01', cin_closure: null },
        ],
        7: [
          { child_id: 'DP', cp_start: '2023-03-03', cp_end: '2024-01-01' },
          { child_id: 'DP', cp_start: '2023-03-03', cp_end: null },
          { child_id: 'DQ', cp_start: '2023-03-03', cp_end: null },
        ],
        8: [
          { child_id: 'DL', cla_start: '2022-02-02', cla_end: '2023-05-05' },
          { child_id: 'DL', cla_start: '2022-02-02', cla_end: null },
          { child_id: 'DM', cla_start: '2022-02-02', cla_end: null },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cin_open, cp_open and cla_open count only the child whose first row is open', async () => {
    expectCount(await f.value('cin_open', D), 1); // DN
    expectCount(await f.value('cp_open', D), 1); // DQ
    expectCount(await f.value('cla_open', D), 1); // DM
  });
});

/*
 * Same rule for the date a measure reads: the first of two duplicate rows decides, so its blank or unreadable
 * date (Resolved 2) applies to the one counted row; the second copy's good date is never used.
 */
describe('duplicates: the first row decides blank / unreadable / out-of-order dates, D = Fri 31 May 2024', () => {
  const D = '2024-05-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        4: [
          // First row's start is blank → in the denominator, not within (the copy's Thu 9 → Fri 10 May = 1 is ignored).
          { child_id: 'ADUPB', assessment_start: null, assessment_authorised: '2024-05-10' },
          { child_id: 'ADUPB', assessment_start: '2024-05-09', assessment_authorised: '2024-05-10' },
          // First row's start is unreadable → out of assessments_45wd; still one assessment authorised in May.
          { child_id: 'ADUPU', assessment_start: '31/02/2024', assessment_authorised: '2024-05-13' },
          { child_id: 'ADUPU', assessment_start: '2024-05-10', assessment_authorised: '2024-05-13' },
        ],
        5: [
          // Same ICPC date; first row's strategy date blank → out of icpc_15wd.
          { child_id: 'PDUPB', strategy_date: null, icpc_date: '2024-05-20' },
          { child_id: 'PDUPB', strategy_date: '2024-05-15', icpc_date: '2024-05-20' },
          // First row's strategy date unreadable → out of icpc_15wd.
          { child_id: 'PDUPU', strategy_date: 'unknown', icpc_date: '2024-05-21' },
          { child_id: 'PDUPU', strategy_date: '2024-05-16', icpc_date: '2024-05-21' },
          // First row's ICPC (21 May) is before its strategy discussion (22 May) → out of icpc_15wd.
          { child_id: 'PDUPR', strategy_date: '2024-05-22', icpc_date: '2024-05-21' },
          { child_id: 'PDUPR', strategy_date: '2024-05-16', icpc_date: '2024-05-21' },
        ],
        8: [
          // Same start; first row's visit date unreadable → out of cla_visited_6wk; still looked after.
          { child_id: 'LDUP', cla_start: '2022-01-01', last_visit: '31/02/2024' },
          { child_id: 'LDUP', cla_start: '2022-01-01', last_visit: '2024-05-30' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('assessments: blank first start fails, unreadable first start is excluded', async () => {
    expectCount(await f.value('assessments_completed_month', D), 2); // ADUPB, ADUPU
    expectPercent(await f.value('assessments_45wd', D), 0, 0, 1); // ADUPB only, not within
  });

  it('icpc_15wd: all three children are out of the denominator', async () => {
    expectPercent(await f.value('icpc_15wd', D), null, 0, 0);
  });

  it('cla_visited_6wk: the looked-after child is out of the denominator', async () => {
    expectCount(await f.value('cla_open', D), 1);
    expectPercent(await f.value('cla_visited_6wk', D), null, 0, 0);
  });
});
