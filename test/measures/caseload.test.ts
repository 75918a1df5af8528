import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, flagsByChild } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   caseload_mean | 6–9 | open children (distinct child ids open at D in lists 6, 7 and 8, and every child in
 *                   list 9) that have a non-blank Allocated Worker, counted once per (worker, child) |
 *                   distinct allocated workers among them | mean children per worker
 *   caseload_max  | 6–9 | the largest number of distinct open children held by one worker (same cohort) | count
 *   unallocated_open | 6–9 | distinct open children (same cohort) with a blank Allocated Worker in every list
 *                      they appear in | count
 *   Resolved 3: "A #N/A worker is unallocated."
 *   Resolved 5: "Workers come only from the rows that put a child in the cohort: open rows of lists 6–8 and
 *   every list 9 row. Worker names are compared ignoring case and with non-breaking and repeated spaces folded."
 *   Resolved 10: "caseload_mean = (worker, child) pairs ÷ workers."
 */
describe('caseloads (lists 6–9), D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  const NBSP = '\u00a0';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        6: [
          { child_id: 'X1', cin_start: '2023-01-01', cin_closure: null, team: 'T1', worker: 'Jane Smith' },
          { child_id: 'X3', cin_start: '2023-01-01', cin_closure: null, team: 'T1', worker: 'Bob Jones' },
          // Closed CIN row: its worker does not count (and the row does not put X4 in the cohort).
          { child_id: 'X4', cin_start: '2022-01-01', cin_closure: '2023-06-30', team: 'T2', worker: 'Closed Worker' },
          // Open but unallocated here; allocated in list 9 → not unallocated.
          { child_id: 'X8', cin_start: '2023-01-01', cin_closure: null, team: 'T2', worker: null },
          // Two open rows, same worker in two spellings → one (worker, child) pair.
          { child_id: 'X10', cin_start: '2023-01-01', cin_closure: null, team: 'T2', worker: 'Ann Lee' },
          { child_id: 'X10', cin_start: '2023-06-01', cin_closure: null, team: 'T2', worker: 'ANN LEE' },
          // Closed on D → not open → not in the cohort, worker not counted.
          { child_id: 'X12', cin_start: '2023-01-01', cin_closure: '2024-03-31', team: 'T2', worker: 'Dee Closed' },
        ],
        7: [
          // Same worker as X1's CIN row, with a doubled space → same pair (jane smith, X1).
          { child_id: 'X1', cp_start: '2023-02-01', cp_end: null, team: 'T1', worker: 'jane  smith' },
          // Open, blank worker; X4's only worker is on a closed row → X4 is unallocated.
          { child_id: 'X4', cp_start: '2023-07-01', cp_end: null, team: 'T2', worker: null },
          // Non-breaking space → 'bob jones'.
          { child_id: 'X9', cp_start: '2023-01-01', cp_end: null, team: 'T1', worker: `Bob${NBSP}Jones` },
          // Open, blank worker, nowhere else → unallocated.
          { child_id: 'X11', cp_start: '2023-01-01', cp_end: null, team: 'T1', worker: null },
          // Ended CP plan of X2 (who is in the cohort through list 8): its worker does not count for X2.
          { child_id: 'X2', cp_start: '2022-01-01', cp_end: '2023-01-01', team: 'T1', worker: 'Old Worker' },
        ],
        8: [
          // Non-breaking space and capitals → 'jane smith'.
          { child_id: 'X2', cla_start: '2023-01-01', cla_end: null, team: 'T1', worker: `JANE${NBSP}SMITH` },
          // X3 has a second worker here → counts for both Bob Jones and Ann Lee.
          { child_id: 'X3', cla_start: '2023-01-01', cla_end: null, team: 'T1', worker: 'Ann Lee' },
          // Ceased CLA row → not in the cohort, worker not counted.
          { child_id: 'X5', cla_start: '2022-01-01', cla_end: '2023-01-01', team: 'T2', worker: 'Ceased Worker' },
          // Starts after D → not in the cohort.
          { child_id: 'X13', cla_start: '2024-04-01', cla_end: null, team: 'T2', worker: 'Future Worker' },
        ],
        9: [
          // Every list 9 row is in the cohort, whatever the age. '#N/A' text → unallocated.
          { child_id: 'X6', dob: '2000-01-01', team: 'T2', worker: '#N/A' },
          // #N/A error cell → unallocated.
          { child_id: 'X7', dob: '2005-01-01', team: 'T2', worker: NA_ERROR },
          // Aged 34: still in the cohort; gives X8 the worker Ann Lee.
          { child_id: 'X8', dob: '1990-01-01', team: 'T2', worker: 'Ann Lee' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  // Cohort: X1, X2, X3, X4, X6, X7, X8, X9, X10, X11 (not X5, X12, X13).
  // Workers (folded): jane smith → X1, X2; bob jones → X3, X9; ann lee → X3, X8, X10.
  // Pairs = 2 + 2 + 3 = 7, workers = 3.

  it('caseload_mean = 7 pairs ÷ 3 workers = 2.3333', async () => {
    const v = await f.value('caseload_mean', D);
    expect({ value: v.value, numerator: v.numerator, denominator: v.denominator }).toEqual({ value: 2.3333, numerator: 7, denominator: 3 });
  });

  it('caseload_mean drill: one row per (worker, child) pair', async () => {
    const flags = flagsByChild(await f.drill('caseload_mean', D));
    expect(Object.fromEntries(Object.entries(flags).map(([k, v]) => [k, v.length]))).toEqual({ X1: 1, X2: 1, X3: 2, X8: 1, X9: 1, X10: 1 });
  });

  it('caseload_max = 3 (ann lee: X3, X8, X10)', async () => {
    expectCount(await f.value('caseload_max', D), 3);
  });

  it('unallocated_open = 4 (X4, X6, X7, X11)', async () => {
    expectCount(await f.value('unallocated_open', D), 4);
    const flags = flagsByChild(await f.drill('unallocated_open', D));
    expect(Object.keys(flags).filter((k) => flags[k]?.includes(true)).sort()).toEqual(['X11', 'X4', 'X6', 'X7']);
  });

  it('breakdown by worker folds names: jane smith 2, bob jones 2, ann lee 3', async () => {
    const rows = await f.breakdown('caseload_max', D, 'worker');
    expect(rows.map((r) => r.value).sort()).toEqual([2, 2, 3]);
  });
});

describe('caseload breakdown labels', () => {
  it('shows each worker under the spelling used most often', async () => {
    const f = await loadFixture(
      {
        6: [
          { child_id: 'A', cin_start: '2024-01-10', team: 'T', worker: 'AMY HALL' },
          { child_id: 'B', cin_start: '2024-01-10', team: 'T', worker: 'Amy Hall' },
          { child_id: 'C', cin_start: '2024-01-10', team: 'T', worker: 'Amy  Hall' },
        ],
      },
      '2024-03-31',
    );
    try {
      const rows = await f.breakdown('caseload_mean', '2024-03-31', 'worker');
      // 'Amy  Hall' is folded to 'Amy Hall' by the reader, so 'Amy Hall' is written twice.
      expect(rows).toEqual([{ group: 'Amy Hall', value: 3, numerator: 3, denominator: 1 }]);
    } finally {
      await f.close();
    }
  });
});
