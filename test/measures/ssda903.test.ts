import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSsda903 } from '../../src/jobs/load-ssda903.js';
import { SSDA903_TABLE_DEFS, type Ssda903Table } from '../../src/model/ssda903.js';
import { type LoadedFixture, loadFixtures } from '../helpers/annex-a-fixture.js';
import { expectCount, expectPercent, numeratorChildren, cohortChildren } from './support.js';

/*
 * SSDA903 measures (src/measures/catalogue/ssda903.ts) over a hand-made 2024/25 return and the 2023/24 return before it,
 * loaded with the real loader next to an Annex A extract as at 31 March 2025. Year: 1 Apr 2024 – 31 Mar 2025.
 *
 * Child  DOB         Episodes (this year's return; last year's in brackets)                       Notes
 * A      01/06/2012  [01/01/2021 S U4 open] 01/01/2021 S U4 open                                 in care since 2021, same placement
 * B      01/01/2010  01/03/2024 S U4 →X1 01/06/2024 P U6 →X1 01/09/2024 P K2 open                3 placements; missing twice
 * C      01/01/2011  01/01/2024 S U4 →X1 10/06/2024 P T3 →X1 20/06/2024 P U4 open                a carers' holiday: 1 placement; away once
 * D      01/01/2012  01/05/2024 S C1 U4 →X1 01/07/2024 L C2 U4 →X1 01/08/2024 P U6 open          2 placements (L is not a placement)
 * E      01/01/2012  01/05/2024 S V3 U4 → E4A 05/05/2024                                         short breaks: left out of everything
 * F      01/01/2009  01/01/2023 S U4 → E4A 01/10/2024                                            returned home
 * G      01/01/2021  [01/02/2022 S C1 U6 →X1 01/06/2023 L E1 U6 →X1 01/01/2024 T A5 open]         adopted; entered care 01/02/2022, placement order
 *                    01/01/2024 T E1 A5 → E11 01/10/2024; AD1 match 01/12/2023                      01/06/2023, placed 01/01/2024
 * H      01/01/2021  01/02/2023 P E1 A6 → E12 01/12/2024                                         adopted; entry to care in no return
 * I      01/01/2015  01/01/2023 S U4 → E45 01/12/2024                                            special guardianship
 * J      01/01/2014  [01/01/2020 S U4 →X1 01/02/2024 P U6 open] 01/02/2024 P U6 open             in care since 2020, placement since Feb 2024
 * K      01/03/2009  01/01/2019 S U4 open                                                        16 on 01/03/2025; missing on 31/03/2025
 * L      01/01/2015  01/06/2022 P U4 open                                                        no start known: earliest episode stands for it
 * M      01/01/2019  [01/01/2021 S U4 →X1 01/03/2024 P A6 open] 01/03/2024 P E1 A6 open          placed for adoption: the placement before counts
 */

type Rows = Partial<Record<Ssda903Table, string[][]>>;
const ep = (child: string, decom: string, rne: string, ls: string, place: string, dec = '', rec = ''): string[] => [
  child, decom, rne, ls, 'N1', place, place.startsWith('T') ? '' : 'PR1', dec, rec, '', 'NE1 1AA', place.startsWith('T') ? '' : 'NE2 2BB', '',
];
const hd = (child: string, dob: string): string[] => [child, 'M', dob, 'WBRI', '', '', ''];

const CURRENT: Rows = {
  Header: [
    hd('A', '01/06/2012'), hd('B', '01/01/2010'), hd('C', '01/01/2011'), hd('D', '01/01/2012'), hd('E', '01/01/2012'), hd('F', '01/01/2009'), hd('G', '01/01/2021'),
    hd('H', '01/01/2021'), hd('I', '01/01/2015'), hd('J', '01/01/2014'), hd('K', '01/03/2009'), hd('L', '01/01/2015'), hd('M', '01/01/2019'),
    hd('P', '01/04/2005'), hd('Q', '31/03/2004'), hd('R', '01/04/2003'), hd('S', '31/03/2003'), hd('T', '01/04/2006'),
  ],
  Episodes: [
    ep('A', '01/01/2021', 'S', 'C2', 'U4'),
    ep('B', '01/03/2024', 'S', 'C2', 'U4', '01/06/2024', 'X1'), ep('B', '01/06/2024', 'P', 'C2', 'U6', '01/09/2024', 'X1'), ep('B', '01/09/2024', 'P', 'C2', 'K2'),
    ep('C', '01/01/2024', 'S', 'C2', 'U4', '10/06/2024', 'X1'), ep('C', '10/06/2024', 'P', 'C2', 'T3', '20/06/2024', 'X1'), ep('C', '20/06/2024', 'P', 'C2', 'U4'),
    ep('D', '01/05/2024', 'S', 'C1', 'U4', '01/07/2024', 'X1'), ep('D', '01/07/2024', 'L', 'C2', 'U4', '01/08/2024', 'X1'), ep('D', '01/08/2024', 'P', 'C2', 'U6'),
    ep('E', '01/05/2024', 'S', 'V3', 'U4', '05/05/2024', 'E4A'),
    ep('F', '01/01/2023', 'S', 'C2', 'U4', '01/10/2024', 'E4A'),
    ep('G', '01/01/2024', 'T', 'E1', 'A5', '01/10/2024', 'E11'),
    ep('H', '01/02/2023', 'P', 'E1', 'A6', '01/12/2024', 'E12'),
    ep('I', '01/01/2023', 'S', 'C2', 'U4', '01/12/2024', 'E45'),
    ep('J', '01/02/2024', 'P', 'C2', 'U6'),
    ep('K', '01/01/2019', 'S', 'C2', 'U4'),
    ep('L', '01/06/2022', 'P', 'C2', 'U4'),
    ep('M', '01/03/2024', 'P', 'E1', 'A6'),
  ],
  Missing: [
    ['B', '01/01/2010', 'M', '01/07/2024', '02/07/2024'], ['B', '01/01/2010', 'M', '01/08/2024', '01/08/2024'], ['C', '01/01/2011', 'A', '01/07/2024', '02/07/2024'],
    ['D', '01/01/2012', 'M', '15/03/2024', '16/03/2024'], ['K', '01/03/2009', 'M', '31/03/2025', ''],
  ],
  AD1: [['G', '01/01/2021', '01/05/2023', '01/12/2023', '1', '2', 'MF', 'L11']],
  OC3: [
    ['P', '01/04/2005', 'YES', 'F1', 'B1'], ['Q', '31/03/2004', 'YES', 'G5', 'B2'], ['R', '01/04/2003', 'NO', '0', '0'], ['S', '31/03/2003', 'YES', 'F1', 'B1'], ['T', '01/04/2006', 'YES', 'F1', 'B1'],
  ],
};
const PREVIOUS: Rows = {
  Header: [hd('A', '01/06/2012'), hd('G', '01/01/2021'), hd('J', '01/01/2014'), hd('M', '01/01/2019')],
  Episodes: [
    ep('A', '01/01/2021', 'S', 'C2', 'U4'),
    ep('G', '01/02/2022', 'S', 'C1', 'U6', '01/06/2023', 'X1'), ep('G', '01/06/2023', 'L', 'E1', 'U6', '01/01/2024', 'X1'), ep('G', '01/01/2024', 'T', 'E1', 'A5'),
    ep('J', '01/01/2020', 'S', 'C2', 'U4', '01/02/2024', 'X1'), ep('J', '01/02/2024', 'P', 'C2', 'U6'),
    ep('M', '01/01/2021', 'S', 'C2', 'U4', '01/03/2024', 'X1'), ep('M', '01/03/2024', 'P', 'E1', 'A6'),
  ],
};

async function write(dir: string, prefix: string, rows: Rows): Promise<string[]> {
  const paths: string[] = [];
  for (const [table, list] of Object.entries(rows) as [Ssda903Table, string[][]][]) {
    const p = join(dir, `${prefix}-${table}.csv`);
    await writeFile(p, [SSDA903_TABLE_DEFS[table].columns.join(','), ...list.map((r) => r.join(','))].join('\n'));
    paths.push(p);
  }
  return paths;
}

describe('SSDA903 measures, 2024/25 return (as at 31 March 2025) with the 2023/24 return', () => {
  const D = '2025-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixtures([{ lists: { 1: [{ child_id: 'X', contact_date: D, contact_source: '6' }] }, asAt: D }]);
    await loadSsda903(f.store.db, { files: await write(f.dir, 'cur', CURRENT), year: 2025, previous: await write(f.dir, 'prev', PREVIOUS) });
  });
  afterAll(async () => f?.close());

  it('short-term stability: of the 8 looked after at 31 March (A B C D J K L M), B has 3 placements = 12.5%', async () => {
    expectPercent(await f.value('ssda903_placements_3plus', D), 12.5, 1, 8);
    const rows = await f.drill('ssda903_placements_3plus', D);
    expect(Object.fromEntries(rows.map((r) => [r.child_id, r.placements]))).toEqual({ A: 1, B: 3, C: 1, D: 2, J: 1, K: 1, L: 1, M: 1 });
  });

  it('long-term stability: under 16s in care since 30/09/2022 or before (A J L M; K is 16) with a placement since 31/03/2023: A, L, M = 75%', async () => {
    expectPercent(await f.value('ssda903_long_term_stability', D), 75, 3, 4);
    const rows = await f.drill('ssda903_long_term_stability', D);
    expect(numeratorChildren(rows)).toEqual(['A', 'L', 'M']);
    // M is placed for adoption (A6): the placement before it (since 01/01/2021) counts with it.
    expect(rows.find((r) => r.child_id === 'M')?.placement_start).toBe('2021-01-01');
    expect(rows.find((r) => r.child_id === 'L')?.period_start).toBe('2022-06-01');
  });

  it('missing: B (twice) and K (on 31 March) of 12 children in care in the year (E on short breaks left out); C was away, D missing before the year', async () => {
    // 2 ÷ 12 = 16.666… → 16.6667
    expectPercent(await f.value('ssda903_missing_children', D), 16.6667, 2, 12);
    expectCount(await f.value('ssda903_missing_episodes', D), 3);
    expect(cohortChildren(await f.drill('ssda903_missing_children', D))).toEqual(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M']);
  });

  it('ceasing: F (E4A), G (E11), H (E12), I (E45); E on short breaks left out', async () => {
    expectCount(await f.value('ssda903_ceased', D), 4);
    expectPercent(await f.value('ssda903_ceased_adopted', D), 50, 2, 4);
    expectPercent(await f.value('ssda903_ceased_sgo', D), 25, 1, 4);
    expectPercent(await f.value('ssda903_ceased_home', D), 25, 1, 4);
    expectPercent(await f.value('ssda903_ceased_cao', D), 0, 0, 4);
    expectPercent(await f.value('ssda903_ceased_independent', D), 0, 0, 4);
  });

  it('adoption timeliness: G entered care 01/02/2022 (last year\'s return), placed 01/01/2024 = 699 days; order 01/06/2023 to match 01/12/2023 = 183 days; H\'s entry is in no return', async () => {
    const a = await f.value('ssda903_adoption_entry_to_placed_days', D);
    expect({ value: a.value, numerator: a.numerator, denominator: a.denominator }).toEqual({ value: 699, numerator: 699, denominator: 1 });
    const b = await f.value('ssda903_adoption_order_to_match_days', D);
    expect({ value: b.value, numerator: b.numerator, denominator: b.denominator }).toEqual({ value: 183, numerator: 183, denominator: 1 });
    const rows = await f.drill('ssda903_adoption_entry_to_placed_days', D);
    expect(rows.map((r) => [r.child_id, r.entered_care, r.placed, r.metric])).toEqual([
      ['G', '2022-02-01', '2024-01-01', 699],
      ['H', null, null, null],
    ]);
  });

  it('care leavers aged 19–21 at 31 March: P (19), Q (21 on the day), R (21); not S (22) nor T (18)', async () => {
    // in touch P, Q: 2 ÷ 3 = 66.6667; EET P (F1): 33.3333; suitable P (B1): 33.3333
    expectPercent(await f.value('ssda903_care_leavers_in_touch', D), 66.6667, 2, 3);
    expectPercent(await f.value('ssda903_care_leavers_eet', D), 33.3333, 1, 3);
    expectPercent(await f.value('ssda903_care_leavers_suitable_accom', D), 33.3333, 1, 3);
    expect(cohortChildren(await f.drill('ssda903_care_leavers_in_touch', D))).toEqual(['P', 'Q', 'R']);
  });

  it('the as-at relation names the return current at D', async () => {
    const { points } = await (await import('../../src/measures/engine.js')).resolveAsAt(f.store.db, [D]);
    expect(points[0]?.others.ssda903?.asAt).toBe(D);
  });
});
