import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureValue } from '../../src/measures/engine.js';
import { type FixtureLists, type LoadedFixture, loadFixtures } from '../helpers/annex-a-fixture.js';
import { type CensusWorker, loadCensus } from '../helpers/workforce-fixture.js';
import { expectCount, expectPercent } from './support.js';

/*
 * Workforce census measures (src/measures/catalogue/workforce-census.ts), from a hand-made census loaded with the real
 * loader into a store holding Annex A extracts as at 31 Aug, 30 Sep and 31 Oct 2023. The census's reference date is
 * Sat 30 Sep 2023, so census date − 365 = Fri 30 Sep 2022: a leaver left after it and on or before 30 Sep 2023.
 */

/** The Annex A extract as at D (a contact on D keeps each month's workbook distinct). */
const LISTS = (d: string): FixtureLists => ({
  1: [{ child_id: 'A', contact_date: d, contact_source: '6' }],
  6: [{ child_id: 'A', cin_start: '2023-01-01', team: 'T1', worker: 'W1' }],
});

/** A value's figure, numerator and denominator, for one comparison. */
const fig = (v: MeasureValue) => ({ value: v.value, numerator: v.numerator, denominator: v.denominator });

/*
 *  #  AgencyWorker SWENo  FTE   OrgRole RoleEndDate  FTE30 Cases30 WorkingDaysLost Absat30Sept
 *  1  0            SW001  1     5       —            1     18      10              0
 *  2  0            SW002  0.5   5       —            0.5   9       (blank)         1 (SIC)
 *  3  0            SW003  1     3       —            1     0       5               0
 *  4  0            SW004  0.8   5       2023-09-30   —     —       —               —    leaver (on the census date)
 *  5  0            SW005  1     5       2022-10-01   —     —       —               —    leaver (census date − 364)
 *  6  0            SW006  1     5       2022-09-30   —     —       —               —    left before the year (− 365)
 *  7  0            SW007  1.5!  5       —            1     5       3               (none)  FTE unreadable
 *  8  1            SW008  1     5       —            1     20      —               —    agency
 *  9  0            SW001  0.2   4       —            0.2   (none)  0               0    second post of SW001
 * 10  0            SW010  1     5       2023-02-30!  —     —       —               —    unreadable end: left out
 * 11  0            SW011  —     6       —            —     0       —               maybe!  FTE blank, Absat unreadable
 * 12  0            SW012  1     5       —            0     3       400!            (none)  cases without FTE; days unreadable
 * 13  (absent)     SW013  1     5       —            1     25      —               —    AgencyWorker missing
 *  LA: NumberOfVacancies 2.5, NoAgencyFTE 1.5, NoAgencyHeadcount 2.
 *
 * Employees in post (AgencyWorker 0, no end or end after 30 Sep 2023): 1, 2, 3, 7, 9, 11, 12.
 *   FTE (7 unreadable, 11 blank): 1 + 0.5 + 1 + 0.2 + 1 = 3.7.   Headcount (9 is SW001 again): 1, 2, 3, 7, 11, 12 = 6.
 */
const WORKERS: CensusWorker[] = [
  { AgencyWorker: 0, SWENo: 'SW001', FTE: 1, OrgRole: 5, RoleStartDate: '2019-01-01', FTE30: 1, Cases30: 18, WorkingDaysLost: 10, Absat30Sept: 0 },
  { AgencyWorker: 0, SWENo: 'SW002', FTE: 0.5, OrgRole: 5, RoleStartDate: '2020-01-01', FTE30: 0.5, Cases30: 9, Absat30Sept: 1, ReasonAbsence: 'SIC' },
  { AgencyWorker: 0, SWENo: 'SW003', FTE: 1, OrgRole: 3, RoleStartDate: '2018-01-01', FTE30: 1, Cases30: 0, WorkingDaysLost: 5, Absat30Sept: 0 },
  { AgencyWorker: 0, SWENo: 'SW004', FTE: 0.8, OrgRole: 5, RoleStartDate: '2021-01-01', RoleEndDate: '2023-09-30', ReasonLeave: 1, LeaverDestination: 1 },
  { AgencyWorker: 0, SWENo: 'SW005', FTE: 1, OrgRole: 5, RoleStartDate: '2021-01-01', RoleEndDate: '2022-10-01', ReasonLeave: 1, LeaverDestination: 1 },
  { AgencyWorker: 0, SWENo: 'SW006', FTE: 1, OrgRole: 5, RoleStartDate: '2021-01-01', RoleEndDate: '2022-09-30', ReasonLeave: 1, LeaverDestination: 1 },
  { AgencyWorker: 0, SWENo: 'SW007', FTE: '1.5', OrgRole: 5, RoleStartDate: '2022-01-01', FTE30: 1, Cases30: 5, WorkingDaysLost: 3 },
  { AgencyWorker: 1, SWENo: 'SW008', FTE: 1, OrgRole: 5, RoleStartDate: '2023-06-01', FTE30: 1, Cases30: 20, ContractWeeks: 17 },
  { AgencyWorker: 0, SWENo: 'SW001', FTE: 0.2, OrgRole: 4, RoleStartDate: '2022-06-01', FTE30: 0.2, WorkingDaysLost: 0, Absat30Sept: 0 },
  { AgencyWorker: 0, SWENo: 'SW010', FTE: 1, OrgRole: 5, RoleStartDate: '2021-01-01', RoleEndDate: '2023-02-30', ReasonLeave: 1 },
  { AgencyWorker: 0, SWENo: 'SW011', OrgRole: 6, RoleStartDate: '2021-01-01', Cases30: 0, Absat30Sept: 'maybe' },
  { AgencyWorker: 0, SWENo: 'SW012', FTE: 1, OrgRole: 5, RoleStartDate: '2021-01-01', FTE30: 0, Cases30: 3, WorkingDaysLost: 400 },
  { SWENo: 'SW013', FTE: 1, OrgRole: 5, RoleStartDate: '2021-01-01', FTE30: 1, Cases30: 25 },
];

describe('workforce census measures, census as at Sat 30 Sep 2023', () => {
  const D = '2023-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixtures([
      { lists: LISTS('2023-08-31'), asAt: '2023-08-31' },
      { lists: LISTS('2023-09-30'), asAt: '2023-09-30' },
      { lists: LISTS('2023-10-31'), asAt: '2023-10-31' },
    ]);
    await loadCensus(f.store.db, f.dir, { referenceDate: '2023-09-30', vacancies: 2.5, agencyFte: 1.5, agencyHeadcount: 2, workers: WORKERS });
  });
  afterAll(async () => f?.close());

  it('the load kept the unreadable values as findings, not as values', async () => {
    const rows = await f.store.db.all<{ rule: string; row_number: number; column_name: string }>(
      "SELECT rule, row_number, column_name FROM findings WHERE rule IN ('unreadable-value', 'csww-cases-without-fte', 'missing-element') ORDER BY row_number, column_name",
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { rule: 'unreadable-value', row_number: 7, column_name: 'FTE' },
        { rule: 'unreadable-value', row_number: 10, column_name: 'RoleEndDate' },
        { rule: 'unreadable-value', row_number: 11, column_name: 'Absat30Sept' },
        { rule: 'unreadable-value', row_number: 12, column_name: 'WorkingDaysLost' },
        { rule: 'csww-cases-without-fte', row_number: 12, column_name: 'Cases30' },
        { rule: 'missing-element', row_number: 13, column_name: 'AgencyWorker' },
      ]),
    );
  });

  it('social workers in post: 3.7 FTE (7 unreadable, 11 blank add nothing), headcount 6 (SW001 once)', async () => {
    expectCount(await f.value('workforce_social_workers_fte', D), 3.7);
    expectCount(await f.value('workforce_social_workers_headcount', D), 6);
    const rows = await f.drill('workforce_social_workers_headcount', D);
    expect(rows.map((r) => r.child_id).sort()).toEqual(['worker 1', 'worker 11', 'worker 12', 'worker 2', 'worker 3', 'worker 7']);
    // No SWE number or hash reaches the drill-down.
    expect(JSON.stringify(await f.drill('workforce_turnover_rate', D))).not.toMatch(/SW0|[0-9a-f]{64}/);
  });

  it('agency rate: NoAgencyFTE 1.5 ÷ (1.5 + 3.7) = 28.8462%; headcount 2 ÷ (2 + 6) = 25%', async () => {
    // 100 × 1.5 / 5.2 = 28.846153… → 28.8462
    expectPercent(await f.value('workforce_agency_rate', D), 28.8462, 1.5, 5.2);
    expectPercent(await f.value('workforce_agency_rate_headcount', D), 25, 2, 8);
    const rows = await f.drill('workforce_agency_rate', D);
    // The authority row (in the numerator) and the employees in post with a readable FTE: 1, 2, 3, 9, 11, 12.
    expect(rows.map((r) => [r.child_id, Boolean(r.in_numerator)])).toEqual([
      [null, true],
      ['worker 1', false],
      ['worker 11', false],
      ['worker 12', false],
      ['worker 2', false],
      ['worker 3', false],
      ['worker 9', false],
    ]);
    expect(rows[0]?.reason).toBe('agency social workers: 1.5 FTE (NoAgencyFTE)');
    expectCount(await f.value('workforce_agency_fte', D), 1.5);
  });

  it('vacancy rate: NumberOfVacancies 2.5 ÷ (2.5 + 3.7) = 40.3226%', async () => {
    // 100 × 2.5 / 6.2 = 40.322580… → 40.3226
    expectPercent(await f.value('workforce_vacancy_rate', D), 40.3226, 2.5, 6.2);
    expectCount(await f.value('workforce_vacancy_fte', D), 2.5);
  });

  it('turnover: leavers 4 (on the census date) and 5 (census − 364), not 6 (− 365) nor 10 (unreadable end)', async () => {
    // FTE: (0.8 + 1) ÷ 3.7 = 48.648648… → 48.6486; headcount: 2 ÷ 6 = 33.3333
    expectPercent(await f.value('workforce_turnover_rate', D), 48.6486, 1.8, 3.7);
    expectPercent(await f.value('workforce_turnover_rate_headcount', D), 33.3333, 2, 6);
    const leavers = (await f.drill('workforce_turnover_rate', D)).filter((r) => Boolean(r.in_numerator));
    expect(leavers.map((r) => [r.child_id, r.reason])).toEqual([
      ['worker 4', 'left on 2023-09-30: 0.8 FTE'],
      ['worker 5', 'left on 2022-10-01: 1.0 FTE'],
    ]);
  });

  it('caseload: cases ÷ case-holding FTE over 1, 2, 7, 8 (agency) and 13 (agency not known); 12 has no FTE', async () => {
    // (18 + 9 + 5 + 20 + 25) ÷ (1 + 0.5 + 1 + 1 + 1) = 77 ÷ 4.5 = 17.1111…
    expect(fig(await f.value('workforce_caseload_mean', D))).toEqual({ value: 17.1111, numerator: 77, denominator: 4.5 });
    expect((await f.drill('workforce_caseload_mean', D)).map((r) => r.child_id).sort()).toEqual(['worker 1', 'worker 13', 'worker 2', 'worker 7', 'worker 8']);
    // Largest Cases30 of a worker in post: 25 (worker 13).
    expectCount(await f.value('workforce_caseload_max', D), 25);
  });

  it('absence: days lost over employees in post with a readable FTE and days (1, 2 blank = 0, 3, 9)', async () => {
    // Days 10 + 0 + 5 + 0 = 15; FTE 1 + 0.5 + 1 + 0.2 = 2.7 → 15 ÷ 2.7 = 5.5555… → 5.5556 days per FTE.
    expect(fig(await f.value('workforce_absence_days_per_fte', D))).toEqual({ value: 5.5556, numerator: 15, denominator: 2.7 });
    // Working days from Sat 1 Oct 2022 to Sat 30 Sep 2023: 260 weekdays less 9 bank holidays (26 and 27 Dec, 2 Jan,
    // 7 and 10 Apr, 1, 8 and 29 May, 28 Aug) = 251. Available: 2.7 × 251 = 677.7; 100 × 15 ÷ 677.7 = 2.213368… → 2.2134.
    expectPercent(await f.value('workforce_absence_rate', D), 2.2134, 15, 677.7);
    // Absent on 30 September: of 1, 2, 3, 7, 12 (11 unreadable, left out; 7 and 12 blank = not absent), worker 2.
    expectPercent(await f.value('workforce_absence_30sep', D), 20, 1, 5);
  });

  it('the census current at D: the same figures a month later, none before the census is loaded', async () => {
    expectPercent(await f.value('workforce_agency_rate', '2023-10-31'), 28.8462, 1.5, 5.2);
    expect(fig(await f.value('workforce_caseload_mean', '2023-10-31'))).toEqual({ value: 17.1111, numerator: 77, denominator: 4.5 });
    // 31 Aug 2023: no census on or before it. Percentages and means are null, counts 0, the largest caseload null.
    const before = '2023-08-31';
    expectPercent(await f.value('workforce_agency_rate', before), null, 0, 0);
    expectPercent(await f.value('workforce_turnover_rate', before), null, 0, 0);
    expect(fig(await f.value('workforce_caseload_mean', before))).toEqual({ value: null, numerator: 0, denominator: 0 });
    expectCount(await f.value('workforce_social_workers_fte', before), 0);
    expect((await f.value('workforce_caseload_max', before)).value).toBeNull();
    expect(await f.drill('workforce_agency_rate', before)).toEqual([]);
  });
});

describe('zero denominators and a missing authority figure, census as at Sat 30 Sep 2023', () => {
  const D = '2023-09-30';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixtures([{ lists: LISTS(D), asAt: D }]);
    // No employee in post (one leaver, one agency worker without cases); no NoAgencyFTE element.
    await loadCensus(f.store.db, f.dir, {
      referenceDate: D,
      vacancies: 0,
      agencyFte: null,
      agencyHeadcount: 0,
      workers: [
        { AgencyWorker: 0, SWENo: 'SW101', FTE: 1, OrgRole: 5, RoleStartDate: '2020-01-01', RoleEndDate: '2023-03-31', ReasonLeave: 1 },
        { AgencyWorker: 1, SWENo: 'SW102', FTE: 1, OrgRole: 5, RoleStartDate: '2023-01-01', FTE30: 1, Cases30: 0 },
      ],
    });
  });
  afterAll(async () => f?.close());

  it('percentages over nothing are null, never 0', async () => {
    // NoAgencyFTE absent: no figure at all (not 0 ÷ 0 + employees).
    expectPercent(await f.value('workforce_agency_rate', D), null, 0, 0);
    expect(await f.drill('workforce_agency_rate', D)).toEqual([]);
    // 0 vacancies over 0 + 0 FTE; 0 agency headcount over 0 + 0.
    expectPercent(await f.value('workforce_vacancy_rate', D), null, 0, 0);
    expectPercent(await f.value('workforce_agency_rate_headcount', D), null, 0, 0);
    // A leaver of 1 FTE but nobody in post: 1 ÷ 0.
    expectPercent(await f.value('workforce_turnover_rate', D), null, 1, 0);
    expect(fig(await f.value('workforce_caseload_mean', D))).toEqual({ value: null, numerator: 0, denominator: 0 });
    expectCount(await f.value('workforce_caseload_max', D), 0);
    expectPercent(await f.value('workforce_absence_rate', D), null, 0, 0);
    expectCount(await f.value('workforce_agency_fte', D), 0);
  });
});
