import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { buildCatalogue } from '../../src/measures/catalogue/index.js';
import { drill, evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import type { MeasureValue } from '../../src/measures/engine.js';
import { type FixtureLists, type LoadedFixture, loadFixtures } from '../helpers/annex-a-fixture.js';
import { loadLocalCsv } from '../helpers/workforce-fixture.js';
import { expectCount, expectPercent, numeratorChildren } from './support.js';

/*
 * Measures of the local templates (src/measures/catalogue/quality-assurance.ts): establishment, supervision,
 * management oversight and audits, each CSV loaded with the real loader as at Sun 31 Mar 2024 into a store holding
 * Annex A extracts as at 29 Feb and 31 Mar 2024. Default standards: supervision and oversight within 4 weeks, so
 * D − 28 = Sun 3 Mar 2024 is outside (exactly four weeks) and Mon 4 Mar is inside. The reporting month starts Fri 1 Mar;
 * the rolling 12 months and the year to date start Sat 1 Apr 2023.
 */

const D = '2024-03-31';

/*
 * Annex A's caseload cohort at D: A (W1, lists 6 and 7), B (W2), C (no worker), D (W3), E (W4, list 9), F (W5);
 * G closed on D (not open). Allocated workers W1–W5; allocated open children A, B, D, E, F.
 */
const LISTS = (d: string): FixtureLists => ({
  1: [{ child_id: 'A', contact_date: d, contact_source: '6' }],
  6: [
    { child_id: 'A', cin_start: '2023-01-01', team: 'T1', worker: 'W1' },
    { child_id: 'B', cin_start: '2023-01-01', team: 'T2', worker: 'W2' },
    { child_id: 'C', cin_start: '2023-01-01', team: 'T2', worker: null },
    { child_id: 'F', cin_start: '2023-06-01', team: 'T2', worker: 'W5' },
    { child_id: 'G', cin_start: '2023-01-01', cin_closure: '2024-03-31', team: 'T1', worker: 'W1' },
  ],
  7: [{ child_id: 'A', cp_start: '2023-02-01', team: 'T1', worker: 'W1' }],
  8: [{ child_id: 'D', cla_start: '2022-01-01', team: 'T1', worker: 'W3' }],
  9: [{ child_id: 'E', dob: '2004-01-01', team: 'T3', worker: 'W4' }],
});

const fig = (v: MeasureValue) => ({ value: v.value, numerator: v.numerator, denominator: v.denominator });

const SUPERVISION = ['Worker ID', 'Worker', 'Team', 'Supervision Date', 'Supervisor', 'Supervision Type', 'Child ID'];
const OVERSIGHT = ['Child ID', 'Team', 'Worker', 'Oversight Date', 'Manager', 'Oversight Kind'];
const AUDITS = ['Audit ID', 'Child ID', 'Team', 'Worker', 'Audit Date', 'Auditor', 'Domain', 'Grade', 'Moderated'];
const ESTABLISHMENT = ['Team', 'Service Area', 'Role', 'Month', 'Funded FTE', 'Permanent FTE', 'Agency FTE', 'Vacant FTE'];

describe('local templates as at Sun 31 Mar 2024', () => {
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixtures([
      { lists: LISTS('2024-02-29'), asAt: '2024-02-29' },
      { lists: LISTS(D), asAt: D },
    ]);
    const db = f.store.db;
    await loadLocalCsv(db, f.dir, 'supervision', D, SUPERVISION, [
      ['E1', 'W1', 'T1', '05/02/2024', 'M1', 'Formal', null], // February: not in the month, and over 4 weeks
      ['E1', 'W1', 'T1', '04/03/2024', 'M1', 'Formal', null], // D − 27: within
      ['E1', 'W1', 'T1', '04/03/2024', 'M1', 'Formal', null], // duplicate: once in the month's count
      ['E2', 'W2', 'T2', '03/03/2024', 'M2', 'Formal', null], // D − 28, exactly 4 weeks: outside
      ['E2', 'W2', 'T2', '20/03/2024', 'M2', 'Group', null], // group: not formal or reflective
      [null, 'w3', 'T1', '2024-03-10', 'M1', 'Reflective supervision', null], // name in another case: matched, within
      ['E4', 'W4', 'T3', '31/02/2024', 'M3', 'Formal', null], // unreadable date: not counted
      ['E4', 'W4', 'T3', '01/04/2024', 'M3', 'Formal', null], // after D: not counted
      ['E5', 'W5', 'T2', '20/03/2024', 'M2', null, null], // type blank: not formal or reflective
      ['E999', null, 'T2', '15/03/2024', 'M2', 'Formal', null], // worker ID only: not matched to Annex A
      ['E6', 'Other Worker', 'T2', '20/03/2024', 'M2', 'Case', 'B'], // not allocated in Annex A
      [null, null, 'T2', '12/03/2024', 'M2', 'Formal', null], // no worker at all
    ]);
    await loadLocalCsv(db, f.dir, 'oversight', D, OVERSIGHT, [
      ['A', 'T1', 'W1', '04/03/2024', 'M1', 'Case direction'], // within 4 weeks and in the month
      ['B', 'T2', 'W2', '03/03/2024', 'M2', 'Review'], // exactly 4 weeks: outside; in the month
      ['D', 'T1', 'W3', '29/02/2024', 'M1', 'Review'], // neither
      ['D', 'T1', 'W3', '01/04/2024', 'M1', 'Review'], // after D: ignored
      ['E', 'T3', 'W4', '30/02/2024', 'M3', 'Review'], // unreadable: ignored
      ['F', 'T2', 'W5', '31/03/2024', 'M2', null], // kind blank still counts
      ['C', 'T2', null, '15/03/2024', 'M2', 'Allocation'], // C is unallocated: not in the cohort
    ]);
    await loadLocalCsv(db, f.dir, 'audits', D, AUDITS, [
      ['AU1', 'A', 'T1', 'W1', '15/03/2024', 'Q1', 'Overall', 'Good', 'Y'],
      ['AU1', 'A', 'T1', 'W1', '15/03/2024', 'Q1', 'Assessment', 'RI', 'Y'],
      ['AU1', 'A', 'T1', 'W1', '15/03/2024', 'Q1', 'Planning', 'Good', 'Y'],
      ['AU2', 'B', 'T2', 'W2', '10/01/2024', 'Q1', 'Overall', 'Outstanding', 'N'],
      ['AU2', 'B', 'T2', 'W2', '10/01/2024', 'Q1', 'Assessment', 'Good', 'N'],
      ['AU3', 'D', 'T1', 'W3', '01/04/2023', 'Q2', 'Overall', 'Inadequate', null], // first day of the 12 months
      ['AU4', 'E', 'T3', 'W4', '31/03/2023', 'Q2', 'Overall', 'Good', 'Y'], // the day before: out
      ['AU5', 'F', 'T2', 'W5', '20/03/2024', 'Q2', 'Overall', null, 'N'], // grade blank: not graded
      ['AU5', 'F', 'T2', 'W5', '20/03/2024', 'Q2', 'Voice of the child', 'Good', 'N'],
      ['AU6', 'A', 'T1', 'W1', '25/03/2024', 'Q1', 'Overall', 'Excellent', 'maybe'], // grade and moderated unreadable
      [null, 'C', 'T2', null, '05/02/2024', 'Q2', 'Overall', 'RI', 'Y'], // no audit ID: the child and date
      ['AU1', 'A', 'T1', 'W1', '15/03/2024', 'Q1', 'Overall', 'Inadequate', 'Y'], // duplicate of AU1 Overall: the first wins
      ['AU7', 'B', 'T2', 'W2', '02/04/2024', 'Q1', 'Overall', 'Good', 'Y'], // after D
    ]);
    await loadLocalCsv(db, f.dir, 'establishment', D, ESTABLISHMENT, [
      ['T1', 'CP', 'Social worker', 'Feb 2024', 10, 8, 2, 2], // an earlier month: not read
      ['T1', 'CP', 'Social worker', 'Mar 2024', 10, 7.5, 1.5, 2.5],
      ['T1', 'CP', 'Team manager', '2024-03', 1, 1, 0, 0],
      ['T2', 'CIN', 'Social worker', 'Mar 2024', 6, 6, null, 0], // agency blank = 0
      ['T2', 'CIN', 'social worker', 'Mar 2024', 6, 3, 3, 3], // same team and role: the first wins
      ['T3', 'LC', 'Social worker', 'Mar 2024', 5, 'n/a', 1, 1], // permanent unreadable: out of both rates
      ['T4', 'DCT', 'Social worker', 'Mar 2024', 4, 2, -1, 2], // agency negative: out of the agency rate only
      [null, 'CP', 'Social worker', 'Mar 2024', 3, 0, 3, 3], // no team: left out
    ]);
  });
  afterAll(async () => f?.close());

  it('establishment agency rate: 1.5 ÷ (1.5 + 7.5 + 0 + 1 + 0 + 6) = 9.375%, by team', async () => {
    expectPercent(await f.value('establishment_agency_rate', D), 9.375, 1.5, 16);
    const teams = await f.breakdown('establishment_agency_rate', D, 'team');
    expect(teams.map((t) => [t.group, t.value, t.numerator, t.denominator])).toEqual([
      ['T1', 15, 1.5, 10],
      ['T2', 0, 0, 6],
    ]);
  });

  it('establishment vacancy rate: (2.5 + 0 + 0 + 2) ÷ (4.5 + 7.5 + 1 + 6 + 2) = 21.4286%', async () => {
    // 100 × 4.5 / 21 = 21.428571… → 21.4286
    expectPercent(await f.value('establishment_vacancy_rate', D), 21.4286, 4.5, 21);
    const teams = Object.fromEntries((await f.breakdown('establishment_vacancy_rate', D, 'team')).map((t) => [t.group, t.value]));
    // T1: 2.5 ÷ (2.5 + 7.5 + 0 + 1) = 22.727272… → 22.7273; T2: 0 ÷ 6; T4: 2 ÷ (2 + 2).
    expect(teams).toEqual({ T1: 22.7273, T2: 0, T4: 50 });
    const rows = await f.drill('establishment_vacancy_rate', D);
    expect(rows.map((r) => [r.team, r.role])).toEqual([
      ['T1', 'Social worker'],
      ['T4', 'Social worker'],
      ['T1', 'Team manager'],
      ['T2', 'Social worker'],
    ]);
  });

  it('supervision in timescale: W1 (4 Mar) and W3 (10 Mar, reflective) of W1–W5 → 40%', async () => {
    expectPercent(await f.value('supervision_in_timescale', D), 40, 2, 5);
    const rows = await f.drill('supervision_in_timescale', D);
    expect(Object.fromEntries(rows.map((r) => [r.worker, r.reason]))).toEqual({
      W1: 'supervised 2024-03-04',
      W2: 'last supervised 2024-03-03: over 4 weeks before D',
      W3: 'supervised 2024-03-10',
      W4: 'no formal or reflective supervision recorded up to D',
      W5: 'no formal or reflective supervision recorded up to D',
    });
    expect(rows.every((r) => r.child_id === null)).toBe(true);
  });

  it('supervision in timescale follows standards.supervisionWeeks (5 weeks: W2 on 3 Mar is within)', async () => {
    const catalogue = buildCatalogue({ standards: { ...parseConfig('', 'test').standards, supervisionWeeks: 5, oversightWeeks: 5 } });
    const { points } = await resolveAsAt(f.store.db, [D]);
    const pick = (id: string) => catalogue.find((m) => m.id === id) as (typeof catalogue)[number];
    const [sup, ovs] = await evaluateMeasures(f.store.db, points, [pick('supervision_in_timescale'), pick('oversight_in_timescale')]);
    expect(pick('supervision_in_timescale').title).toBe('Case-holding workers with formal or reflective supervision in the last 5 weeks');
    expectPercent(sup, 60, 3, 5);
    // Oversight within 5 weeks (after 25 Feb): A, B, D (29 Feb), F → 4 of 5.
    expectPercent(ovs, 80, 4, 5);
    const rows = await drill(f.store.db, points[0] as (typeof points)[number], pick('oversight_in_timescale'));
    expect(numeratorChildren(rows)).toEqual(['A', 'B', 'D', 'F']);
  });

  it('supervision sessions in March: W1 (its duplicate once), W2 twice, w3, W5, E999 and Other Worker → 7', async () => {
    expectCount(await f.value('supervision_month', D), 7);
  });

  it('oversight within 4 weeks: A and F of A, B, D, E, F → 40%; recorded in March: A, B, F → 60%', async () => {
    expectPercent(await f.value('oversight_in_timescale', D), 40, 2, 5);
    expect(numeratorChildren(await f.drill('oversight_in_timescale', D))).toEqual(['A', 'F']);
    expectPercent(await f.value('oversight_recorded_month', D), 60, 3, 5);
    expect(numeratorChildren(await f.drill('oversight_recorded_month', D))).toEqual(['A', 'B', 'F']);
  });

  it('audits good or better, rolling 12 months: AU1 Good, AU2 Outstanding of AU1, AU2, AU3, the no-ID audit → 50%', async () => {
    expectPercent(await f.value('audits_good_or_better', D), 50, 2, 4);
    expect((await f.drill('audits_good_or_better', D)).map((r) => r.child_id).sort()).toEqual(['A', 'B', 'C', 'D']);
    // The month: AU1 only is graded (AU5 blank, AU6 unreadable).
    expectPercent(await f.value('audits_good_or_better_month', D), 100, 1, 1);
    expectPercent(await f.value('audits_inadequate', D), 25, 1, 4);
    const teams = Object.fromEntries((await f.breakdown('audits_good_or_better', D, 'team')).map((t) => [t.group, [t.numerator, t.denominator]]));
    expect(teams).toEqual({ T1: [1, 2], T2: [1, 2] });
  });

  it('audits by domain: assessment 1 of 2, planning 1 of 1, voice of the child 1 of 1, management oversight none', async () => {
    expectPercent(await f.value('audits_good_or_better_assessment', D), 50, 1, 2);
    expectPercent(await f.value('audits_good_or_better_planning', D), 100, 1, 1);
    expectPercent(await f.value('audits_good_or_better_voice_of_the_child', D), 100, 1, 1);
    expectPercent(await f.value('audits_good_or_better_management_oversight', D), null, 0, 0);
  });

  it('audits completed: March AU1, AU5, AU6 → 3; year to date those, AU2, AU3 and the no-ID audit → 6', async () => {
    expectCount(await f.value('audits_completed_month', D), 3);
    expectCount(await f.value('audits_completed_ytd', D), 6);
  });

  it('audits moderated: AU1 and the no-ID audit of 6 → 33.3333%', async () => {
    expectPercent(await f.value('audits_moderated', D), 33.3333, 2, 6);
    expect(numeratorChildren(await f.drill('audits_moderated', D))).toEqual(['A', 'C']);
  });

  it('with no local file on or before D, percentages are null and counts 0', async () => {
    const before = '2024-02-29';
    for (const id of ['establishment_agency_rate', 'establishment_vacancy_rate', 'supervision_in_timescale', 'oversight_in_timescale', 'audits_good_or_better', 'audits_moderated']) {
      expect(fig(await f.value(id, before)), id).toEqual({ value: null, numerator: 0, denominator: 0 });
    }
    expectCount(await f.value('supervision_month', before), 0);
    expectCount(await f.value('audits_completed_ytd', before), 0);
  });
});
