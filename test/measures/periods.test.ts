import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixtures } from '../helpers/annex-a-fixture.js';

/**
 * Year-to-date figures read the longitudinal view: each event date from the latest extract
 * whose six-month window holds it. Extract A (as at 30 Sep 2024) holds April–September;
 * extract B (as at 31 March 2025) holds October–March and, being later, wins for them.
 */
describe('periods across extracts', () => {
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixtures([
      {
        asAt: '2024-09-30',
        lists: {
          1: [
            { child_id: 'A1', contact_date: '2024-04-02', contact_source: '6' },
            { child_id: 'A2', contact_date: '2024-09-30', contact_source: '6' },
            // dated before the financial year: outside the YTD, inside the rolling year
            { child_id: 'A3', contact_date: '2024-03-31', contact_source: '6' },
          ],
          4: [{ child_id: 'A1', assessment_start: '2024-05-01', assessment_authorised: '2024-05-10', child_seen: 'Yes' }],
        },
      },
      {
        asAt: '2025-03-31',
        lists: {
          1: [
            { child_id: 'B1', contact_date: '2024-10-01', contact_source: '6' },
            { child_id: 'B2', contact_date: '2025-03-31', contact_source: '6' },
          ],
          // authorised in October (over 45 working days) and in March (within)
          4: [
            { child_id: 'B1', assessment_start: '2024-07-01', assessment_authorised: '2024-10-15', child_seen: 'Yes' },
            { child_id: 'B2', assessment_start: '2025-03-03', assessment_authorised: '2025-03-20', child_seen: 'Yes' },
          ],
        },
      },
    ]);
  });
  afterAll(async () => f?.close());

  it('spans both extracts for the year to date', async () => {
    expect((await f.value('contacts_ytd', '2025-03-31')).value).toBe(4); // A1, A2 from A; B1, B2 from B
    expect(await f.value('assessments_45wd_ytd', '2025-03-31')).toMatchObject({ value: 66.6667, numerator: 2, denominator: 3 });
    expect((await f.value('contacts_month', '2025-03-31')).value).toBe(1);
  });

  it('reads the earlier extract for a date before the later one', async () => {
    expect((await f.value('contacts_ytd', '2024-09-30')).value).toBe(2);
    // Rolling 12 months to 31 March 2025 starts 1 April 2024: A3 (31 March 2024) stays out.
    expect(await f.value('assessments_45wd_r12', '2025-03-31')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});
