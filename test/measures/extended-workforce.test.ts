import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { NA_ERROR, expectCount, expectPercent, numeratorChildren } from './support.js';

/*
 * unallocated_open_percent (src/measures/catalogue/extended-workforce.ts): of the distinct open children (open at D in
 * lists 6–8, every list 9 child), those with a blank Allocated Worker in every list they appear in; the count is the
 * core unallocated_open. D = Sun 31 Mar 2024.
 */
describe('unallocated_open_percent, D = Sun 31 Mar 2024', () => {
  const D = '2024-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        6: [
          { child_id: 'A', cin_start: '2023-01-01', worker: 'W1' }, // allocated
          { child_id: 'B', cin_start: '2023-01-01', worker: null },
          { child_id: 'C', cin_start: '2023-01-01', worker: '#N/A' }, // blank here, allocated in list 8
          { child_id: 'G', cin_start: '2023-01-01', cin_closure: '2024-03-31', worker: null }, // closed on D: not open
        ],
        7: [{ child_id: 'B', cp_start: '2023-06-01', worker: NA_ERROR }], // B blank in both lists → unallocated
        8: [
          { child_id: 'C', cla_start: '2023-02-01', worker: 'W2' },
          { child_id: 'D', cla_start: '2022-01-01', cla_end: '2024-03-31', worker: null }, // ceased on D: not open
        ],
        9: [
          { child_id: 'E', dob: '2004-01-01', worker: null },
          { child_id: 'F', dob: '2005-01-01', worker: '#N/A' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('B, E, F unallocated of A, B, C, E, F → 60; the count is 3', async () => {
    expectPercent(await f.value('unallocated_open_percent', D), 60, 3, 5);
    expectCount(await f.value('unallocated_open', D), 3);
    expect(numeratorChildren(await f.drill('unallocated_open_percent', D))).toEqual(['B', 'E', 'F']);
  });
});
