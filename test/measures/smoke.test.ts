import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';

describe('engine smoke', () => {
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        1: [
          { child_id: 'A', contact_date: '2024-03-01' },
          { child_id: 'B', contact_date: '2024-02-29' },
        ],
        4: [
          { child_id: 'A', assessment_start: '2024-01-01', assessment_authorised: '2024-03-05', child_seen: 'a) Yes', team: 'T1', worker: 'W1' },
          { child_id: 'B', assessment_start: '2024-02-20', assessment_authorised: '2024-03-05', child_seen: 'No', team: 'T2', worker: 'W2' },
        ],
      },
      '2024-03-31',
    );
  });
  afterAll(async () => f?.close());

  it('computes counts and percentages', async () => {
    const v = await f.values('2024-03-31');
    expect(v.contacts_month?.value).toBe(1);
    expect(v.assessments_completed_month?.value).toBe(2);
    expect(v.assessments_45wd).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(v.assessments_child_seen).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(v.cla_open?.value).toBe(0);
    expect(v.care_leavers_in_touch?.value).toBeNull();
    const rows = await f.drill('assessments_45wd', '2024-03-31');
    expect(rows).toHaveLength(2);
    const b = await f.breakdown('assessments_45wd', '2024-03-31', 'team');
    expect(b.map((r) => [r.group, r.value])).toEqual([['T1', 0], ['T2', 100]]);
  });
});
