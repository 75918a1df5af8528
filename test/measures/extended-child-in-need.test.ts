import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Standards, parseConfig } from '../../src/config/config.js';
import { cinVisitedInStandard } from '../../src/measures/catalogue/extended-child-in-need.js';
import { drill, evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import type { Measure } from '../../src/measures/measure.js';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Extended child-in-need measures (src/measures/catalogue/extended-child-in-need.ts):
 *   cin_rate                | children open at D (as cin_open) × 10,000 ÷ population
 *   cin_plans_open          | children open at D whose Case Status is Child in need plan, once each | count
 *   cin_visited_in_standard | Date Child Was Last Seen ≤ D and within the standard (standards.cinVisit: every N working
 *                             days, or N weeks = within the last 7N days of D) | cin_plans_open's children (unreadable date out)
 *   cin_closed_month/_ytd   | CIN episodes whose closure date is in the period | count
 *   cin_closed_nfa(_ytd)    | Reason for Closure RC8 | episodes closed in the period
 *
 * D = Mon 30 Sep 2024. Working days back from D: Mon 2 Sep → 20, Fri 30 Aug → 21, Tue 3 Sep → 19,
 * Fri 27 Sep → 1; Fri 23 Aug → 25 (the Summer bank holiday Mon 26 Aug does not count).
 * Calendar days: D − 28 = Mon 2 Sep (28 days before: outside "the last 28 days"), 3 Sep is 27 days before.
 */

const DEFAULTS = parseConfig('', 'test').standards;

async function evaluate(f: LoadedFixture, m: Measure, d: string) {
  const { points } = await resolveAsAt(f.store.db, [d]);
  const [v] = await evaluateMeasures(f.store.db, points, [m]);
  return { value: v, rows: await drill(f.store.db, points[0] as (typeof points)[number], m) };
}

const withCin = (cinVisit: Standards['cinVisit']) => cinVisitedInStandard({ ...DEFAULTS, cinVisit });

describe('CIN plans, visits and rate, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    const plan = 'c) Child in need plan';
    f = await loadFixture(
      {
        6: [
          { child_id: 'N1', cin_start: '2024-01-10', case_status: plan, last_seen: '2024-09-02' }, // 20 WD; 28 days
          { child_id: 'N2', cin_start: '2024-02-01', case_status: 'Child in need', last_seen: '2024-08-30' }, // 21 WD; 31 days
          { child_id: 'N3', cin_start: '2024-03-01', case_status: 'Child in need plan', last_seen: '2024-09-03' }, // 19 WD; 27 days
          { child_id: 'N4', cin_start: '2024-03-01', case_status: 'b) Child Protection plan', last_seen: '2024-09-20' }, // open, not a CIN plan
          { child_id: 'N5', cin_start: '2024-03-01', cin_closure: '2024-09-30', case_status: plan, last_seen: '2024-09-20' }, // closed on D
          { child_id: 'N6', cin_start: '2024-03-01', case_status: plan, last_seen: null }, // never seen → not
          { child_id: 'N7', cin_start: '2024-03-01', case_status: plan, last_seen: '31/02/2024' }, // unreadable → out of visits only
          { child_id: 'N8', cin_start: '2024-03-01', case_status: plan, last_seen: '2024-10-01' }, // seen after D → not
          { child_id: 'N9', cin_start: '2024-03-01', case_status: plan, last_seen: '2024-09-30' }, // seen on D → 0
          // Two open episodes: the CIN-plan row (latest start among CIN-plan rows) is the child's: Fri 27 Sep → 1 WD, 3 days.
          { child_id: 'N10', cin_start: '2023-05-01', case_status: plan, last_seen: '2024-09-27' },
          { child_id: 'N10', cin_start: '2024-06-01', case_status: 'd) Open assessment', last_seen: '2024-01-01' },
          { child_id: 'N11', cin_start: '2024-03-01', case_status: 'a) Looked after child' }, // open, not a CIN plan
          { child_id: 'N13', cin_start: '2024-10-01', case_status: plan, last_seen: '2024-09-30' }, // starts after D
          { child_id: 'N14', cin_start: '2024-03-01', case_status: 'e) Closed episode' }, // status closed, no closure date → open, not a plan
          { child_id: 'N15', cin_start: '2024-03-01', case_status: plan, last_seen: '2024-08-23' }, // 25 WD; 38 days
        ],
      },
      D,
      { population: 20_000 },
    );
  });
  afterAll(async () => f?.close());

  it('cin_rate: 12 children open × 10,000 ÷ 20,000 = 6', async () => {
    // cin_open: N1, N2, N3, N4, N6, N7, N8, N9, N10 (once), N11, N14, N15 = 12 (N5 closed on D, N13 not started).
    expectCount(await f.value('cin_open', D), 12);
    expect(await f.value('cin_rate', D)).toMatchObject({ kind: 'rate', value: 6, numerator: 12, denominator: 20_000 });
  });

  it('cin_plans_open: 9 children with status Child in need plan', async () => {
    // N1, N2 ("Child in need"), N3, N6, N7, N8, N9, N10 (once), N15 = 9.
    expectCount(await f.value('cin_plans_open', D), 9);
    const flags = flagsByChild(await f.drill('cin_plans_open', D));
    expect(Object.keys(flags).sort()).toEqual(['N1', 'N10', 'N15', 'N2', 'N3', 'N6', 'N7', 'N8', 'N9']);
    expect(flags.N10).toHaveLength(1);
  });

  it('cin_visited_in_standard, default every 20 working days: 4 of 8', async () => {
    // Denominator: the 9 plan children less N7 (unreadable) = 8.
    // In: N1 (20), N3 (19), N9 (0), N10 (1) = 4. Out: N2 (21), N6 (never), N8 (after D), N15 (25).
    const v = await f.value('cin_visited_in_standard', D);
    expect(v.title).toBe('Children on a CIN plan seen within 20 working days');
    expectPercent(v, 50, 4, 8);
    const rows = await f.drill('cin_visited_in_standard', D);
    expect(numeratorChildren(rows)).toEqual(['N1', 'N10', 'N3', 'N9']);
    expect(flagsByChild(rows).N7).toBeUndefined();
    expect(rows.find((r) => r.child_id === 'N1')?.since).toBe(20);
  });

  it('every 25 working days (across the Summer bank holiday): 6 of 8', async () => {
    // Adds N2 (21) and N15 (Fri 23 Aug = 25, Mon 26 Aug not counted).
    const { value, rows } = await evaluate(f, withCin({ every: 25, unit: 'working-days' }), D);
    expectPercent(value, 75, 6, 8);
    expect(numeratorChildren(rows)).toEqual(['N1', 'N10', 'N15', 'N2', 'N3', 'N9']);
  });

  it('every 4 weeks: seen within the last 28 days (D − 28 = 2 Sep excluded) → 3 of 8', async () => {
    // In: N3 (3 Sep, 27 days), N9 (0), N10 (3). Out: N1 (2 Sep = D − 28), N2, N6, N8, N15.
    const m = withCin({ every: 4, unit: 'weeks' });
    expect(m.title).toBe('Children on a CIN plan seen within 4 weeks');
    const { value, rows } = await evaluate(f, m, D);
    expectPercent(value, 37.5, 3, 8);
    expect(numeratorChildren(rows)).toEqual(['N10', 'N3', 'N9']);
    expect(rows.find((r) => r.child_id === 'N1')?.since).toBe(28);
  });
});

describe('CIN episodes closed, D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    const start = '2023-01-01';
    f = await loadFixture(
      {
        6: [
          { child_id: 'K1', cin_start: start, cin_closure: '2024-09-01', closure_reason: 'RC8' }, // month, RC8
          { child_id: 'K2', cin_start: start, cin_closure: '2024-09-30', closure_reason: 'rc8' }, // D, RC8
          { child_id: 'K3', cin_start: start, cin_closure: '2024-09-15', closure_reason: 'RC7' },
          { child_id: 'K4', cin_start: start, cin_closure: '2024-09-16', closure_reason: null },
          { child_id: 'K5', cin_start: start, cin_closure: '2024-09-17', closure_reason: 'RC9' }, // early help: not RC8
          { child_id: 'K6', cin_start: start, cin_closure: '2024-04-01', closure_reason: 'RC8: Case closed after assessment, no further action' }, // YTD
          { child_id: 'K7', cin_start: start, cin_closure: '2024-10-01', closure_reason: 'RC8' }, // after D
          { child_id: 'K8', cin_start: start, cin_closure: 'unknown', closure_reason: 'RC8' }, // unreadable
          // Duplicate (same child, same closure date): once, the first row's RC8.
          { child_id: 'K9', cin_start: start, cin_closure: '2024-09-20', closure_reason: 'RC8' },
          { child_id: 'K9', cin_start: '2023-02-02', cin_closure: '2024-09-20', closure_reason: 'RC7' },
          // One child, two episodes closed in the YTD: both count (episodes, not children).
          { child_id: 'K10', cin_start: start, cin_closure: '2024-05-05', closure_reason: 'RC7' },
          { child_id: 'K10', cin_start: '2024-06-01', cin_closure: '2024-09-05', closure_reason: 'RC7' },
          { child_id: 'K11', cin_start: start, cin_closure: '2024-03-31', closure_reason: 'RC8' }, // before the YTD
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('cin_closed_month: K1, K2, K3, K4, K5, K9, K10 (5 Sep) = 7; cin_closed_ytd adds K6, K10 (5 May) = 9', async () => {
    expectCount(await f.value('cin_closed_month', D), 7);
    expectCount(await f.value('cin_closed_ytd', D), 9);
    expect(flagsByChild(await f.drill('cin_closed_ytd', D)).K10).toEqual([true, true]);
  });

  it('cin_closed_nfa: RC8 = K1, K2, K9 → 3 of 7 = 42.8571; YTD adds K6 → 4 of 9 = 44.4444', async () => {
    expectPercent(await f.value('cin_closed_nfa', D), 42.8571, 3, 7);
    expectPercent(await f.value('cin_closed_nfa_ytd', D), 44.4444, 4, 9);
    expect(numeratorChildren(await f.drill('cin_closed_nfa_ytd', D))).toEqual(['K1', 'K2', 'K6', 'K9']);
  });
});
