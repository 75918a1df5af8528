import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { expectCount, expectPercent, flagsByChild, numeratorChildren } from './support.js';

/*
 * Adoption measures from lists 10 and 11 (src/measures/catalogue/extended-adoption.ts).
 * D = Mon 30 Sep 2024: month 1–30 Sep 2024; YTD 1 Apr – 30 Sep 2024 (the single extract's window).
 * Calendar days (2024 is a leap year):
 *   1 Jan 2022 → 1 May 2024 = 365 + 365 + (31 + 29 + 31 + 30) = 851
 *   1 Mar 2023 → 1 Jun 2023 = 31 + 30 + 31 = 92
 *   1 Jun 2023 → 1 Apr 2024 = 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 29 + 31 = 305
 *   15 Jan 2024 → 20 Jun 2024 = 16 + 29 + 31 + 30 + 31 + 20 = 157
 */
describe('adoption (list 10), D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        10: [
          // Placed 1 May 2024 (851 days after entering care); matched 1 Apr 2024 (305 days after the order); order on D.
          { child_id: 'K1', entered_care: '2022-01-01', adoption_decision: '2023-01-10', placement_order: '2023-06-01', matched: '2024-04-01', placed_for_adoption: '2024-05-01', adoption_order: '2024-09-30' },
          // FFA placement (1 Jun 2023) before the adoption placement → moved in 92 days after entering care. No placement order.
          { child_id: 'K2', entered_care: '2023-03-01', ffa_placed: '2023-06-01', adoption_decision: '2023-05-05', matched: '2024-06-10', placed_for_adoption: '2024-06-15' },
          // No date of entering care: listed, not averaged. Matched 157 days after the order.
          { child_id: 'K3', entered_care: null, placement_order: '2024-01-15', matched: '2024-06-20', placed_for_adoption: '2024-07-01' },
          // Unreadable date of entering care: left out of the A1 average. Adoption order in April (YTD, not the month).
          { child_id: 'K4', entered_care: 'unknown', placed_for_adoption: '2024-07-02', adoption_order: '2024-04-01' },
          // Placed before entering care → 0 days.
          { child_id: 'K5', entered_care: '2024-09-01', placed_for_adoption: '2024-08-01' },
          // Placed the day before the YTD; adoption order after D.
          { child_id: 'K6', entered_care: '2023-01-01', placed_for_adoption: '2024-03-31', adoption_order: '2024-10-01' },
          { child_id: 'K7', adoption_decision: '2023-09-01', no_longer_placed_decision: '2024-09-01', no_longer_placed_reason: 'RD3' },
          { child_id: 'K8', adoption_decision: '2024-04-01', no_longer_placed_decision: '2024-03-31' },
          // Duplicate adoption order (same child, same date) → once.
          { child_id: 'K9', adoption_order: '2024-06-06' },
          { child_id: 'K9', adoption_order: '2024-06-06' },
          // Unreadable order date → out; unreadable FFA date → out of the A1 average (placed 9 Sep still counted as placed).
          { child_id: 'K10', adoption_order: '31/02/2024', entered_care: '2023-09-09', ffa_placed: 'nope', placed_for_adoption: '2024-09-09' },
          // Matched before the placement order → 0 days.
          { child_id: 'K11', placement_order: '2024-10-05', matched: '2024-09-30' },
          // Unreadable placement order → out of the A2 average.
          { child_id: 'K12', placement_order: 'unknown', matched: '2024-05-05' },
          { child_id: 'K13', adoption_decision: '2024-09-30' },
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('adoption_orders_month: K1 = 1; adoption_orders_ytd: K1, K4, K9 (once) = 3', async () => {
    expectCount(await f.value('adoption_orders_month', D), 1);
    expectCount(await f.value('adoption_orders_ytd', D), 3);
  });

  it('decisions, placements and decisions no longer to place in the YTD', async () => {
    expectCount(await f.value('adoption_decisions_ytd', D), 2); // K8 (1 Apr), K13 (D)
    expectCount(await f.value('adoption_placed_ytd', D), 6); // K1, K2, K3, K4, K5, K10
    expectCount(await f.value('adoption_no_longer_placed_ytd', D), 1); // K7
  });

  it('adoption_care_to_placement_days_ytd: (851 + 92 + 0) ÷ 3 = 314.3333', async () => {
    // Placed in the YTD: K1, K2, K3, K4, K5, K10. K4 and K10 have unreadable dates → out; K3 has no date of entering care.
    expect(await f.value('adoption_care_to_placement_days_ytd', D)).toMatchObject({ kind: 'mean', value: 314.3333, numerator: 943, denominator: 3 });
    const rows = await f.drill('adoption_care_to_placement_days_ytd', D);
    expect(flagsByChild(rows)).toEqual({ K1: [true], K2: [true], K3: [false], K5: [true] });
    expect(rows.find((r) => r.child_id === 'K2')?.days).toBe(92);
  });

  it('adoption_order_to_match_days_ytd: (305 + 157 + 0) ÷ 3 = 154', async () => {
    // Matched in the YTD: K1 (305), K2 (no order: listed, not averaged), K3 (157), K11 (0); K12 unreadable → out.
    expect(await f.value('adoption_order_to_match_days_ytd', D)).toMatchObject({ value: 154, numerator: 462, denominator: 3 });
    expect(numeratorChildren(await f.drill('adoption_order_to_match_days_ytd', D))).toEqual(['K1', 'K11', 'K3']);
  });
});

/*
 * Adopter households (list 11): approval within 6 months of the application means approved on or before
 * application + 6 months (the same day six months later, or the last day of a shorter month).
 */
describe('adopter approvals (list 11), D = Mon 30 Sep 2024', () => {
  const D = '2024-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        11: [
          // Household F1 (two adopters, same dates): once. 15 Jan + 6 months = 15 Jul → approved on the day: within.
          { adopter_id: 'AD1', family_id: 'F1', application_submitted: '2024-01-15', application_approved: '2024-07-15' },
          { adopter_id: 'AD2', family_id: 'F1', application_submitted: '2024-01-15', application_approved: '2024-07-15' },
          { adopter_id: 'AD3', family_id: 'F2', application_submitted: '2024-01-15', application_approved: '2024-07-16' }, // a day over
          { adopter_id: 'AD4', family_id: null, application_submitted: '2024-02-29', application_approved: '2024-08-29' }, // household AD4: within
          { adopter_id: 'AD5', family_id: 'F4', application_submitted: '2024-03-31', application_approved: '2024-09-30' }, // 31 Mar + 6 = 30 Sep: within
          { adopter_id: 'AD6', family_id: 'F5', application_submitted: '2023-08-31', application_approved: '2024-02-29' }, // before the YTD
          { adopter_id: 'AD7', family_id: 'F6', application_submitted: null, application_approved: '2024-05-01' }, // no application date: not within
          { adopter_id: 'AD8', family_id: 'F7', application_submitted: 'unknown', application_approved: '2024-06-01' }, // unreadable: out of the %
          { adopter_id: 'AD9', family_id: 'F8', application_submitted: '2024-05-01', application_approved: '2024-10-01' }, // after D
          { adopter_id: 'AD10', family_id: 'F9', application_submitted: '2024-04-01', application_approved: '31/02/2024' }, // unreadable
          { adopter_id: 'AD11', family_id: 'F10', application_submitted: '2024-03-01', application_approved: '2024-09-02' }, // 1 Sep + 1 day: over
        ],
      },
      D,
    );
  });
  afterAll(async () => f?.close());

  it('adopters_approved_ytd: F1, F2, AD4, F4, F6, F7, F10 = 7 households', async () => {
    expectCount(await f.value('adopters_approved_ytd', D), 7);
    const flags = flagsByChild(await f.drill('adopters_approved_ytd', D));
    expect(Object.keys(flags).sort()).toEqual(['AD4', 'F1', 'F10', 'F2', 'F4', 'F6', 'F7']);
  });

  it('adopters_approved_6m_ytd: F1, AD4, F4 of 6 → 50', async () => {
    expectPercent(await f.value('adopters_approved_6m_ytd', D), 50, 3, 6);
    expect(numeratorChildren(await f.drill('adopters_approved_6m_ytd', D))).toEqual(['AD4', 'F1', 'F4']);
  });
});
