import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, flagsByChild } from './support.js';

/*
 * Contract (spec/measures-core.md):
 *   cin_open | 6 | children open at D (CIN start ≤ D, closure blank or > D), counted once per child | count
 *   "Open at D: start date ≤ D and (end date blank or end date > D)."
 *   Resolved 2: an unreadable date removes the row from every measure that reads it; "a blank end or closure
 *   date means still open". Resolved 3: #N/A (text or error cell) is blank.
 */
describe('cin_open (list 6), D = Fri 15 Mar 2024', () => {
  const D = '2024-03-15';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        6: [
          { child_id: 'N1', cin_start: '2024-01-01', cin_closure: null }, // closure blank → open
          { child_id: 'N2', cin_start: '2024-01-01', cin_closure: '2024-03-15' }, // closed on D → not open
          { child_id: 'N3', cin_start: '2024-01-01', cin_closure: '2024-03-16' }, // closed D + 1 → open
          { child_id: 'N4', cin_start: '2024-03-15', cin_closure: null }, // started on D → open
          { child_id: 'N5', cin_start: '2024-03-16', cin_closure: null }, // starts after D → not open
          { child_id: 'N6', cin_start: '2023-05-01', cin_closure: null }, // two open rows …
          { child_id: 'N6', cin_start: '2023-11-01', cin_closure: null }, // … one child
          { child_id: 'N7', cin_start: '2023-05-01', cin_closure: '#N/A' }, // '#N/A' text closure → blank → open
          { child_id: 'N8', cin_start: '2023-05-01', cin_closure: NA_ERROR }, // #N/A error cell → blank → open
          { child_id: 'N9', cin_start: '31/02/2024', cin_closure: null }, // unreadable start → excluded
          { child_id: 'N10', cin_start: '2023-05-01', cin_closure: 'unknown' }, // unreadable closure → excluded
          { child_id: 'N11', cin_start: '2022-01-01', cin_closure: '2023-01-01' }, // closed long ago
          { child_id: 'N12', cin_start: '2023-01-01', cin_closure: '2023-12-31' }, // closed (first row) …
          { child_id: 'N12', cin_start: '2024-02-01', cin_closure: null }, // … but a second episode is open → open
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('counts 7 children open at D', async () => {
    // N1, N3, N4, N6 (once), N7, N8, N12 = 7
    expectCount(await f.value('cin_open', D), 7);
  });

  it('drill lists each open child once', async () => {
    const flags = flagsByChild(await f.drill('cin_open', D));
    expect(Object.keys(flags).sort()).toEqual(['N1', 'N12', 'N3', 'N4', 'N6', 'N7', 'N8']);
    expect(flags.N6).toEqual([true]);
  });
});
