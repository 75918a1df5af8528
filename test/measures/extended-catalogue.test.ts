import { sharedDefinitions } from '../../src/measures/shared-relations.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { CORE_MEASURES, buildCatalogue } from '../../src/measures/catalogue/index.js';
import { evaluateMeasures, resolveAsAt } from '../../src/measures/engine.js';
import { type LoadedFixture, loadFixture } from '../helpers/annex-a-fixture.js';
import { loadCensus, loadLocalCsv } from '../helpers/workforce-fixture.js';

/**
 * The whole catalogue: at least 80 unique ids, every measure fully documented, and every cohort
 * query runs (one evaluateMeasures call over all of them) on a small fixture touching lists 1–11.
 */

const standards = parseConfig('', 'test').standards;
const catalogue = buildCatalogue({ standards });


/** A cohort's SQL with the shared relations it reads written out. */
function fullSql(sql: string): string {
  return [...sharedDefinitions([sql]), sql].join('\n');
}

describe('the catalogue', () => {
  it('has at least 80 measures with unique ids, the core 26 first and unchanged', () => {
    const ids = catalogue.map((m) => m.id);
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalogue.slice(0, CORE_MEASURES.length)).toEqual(CORE_MEASURES);
    for (const id of ids) expect(id, id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('every measure has a definition, source, period, details, unit and lists', () => {
    for (const m of catalogue) {
      expect(m.title.trim(), m.id).not.toBe('');
      expect(m.definition.numerator.trim(), m.id).not.toBe('');
      expect(m.definition.source.trim(), m.id).not.toBe('');
      expect(['snapshot', 'month', 'ytd', 'rolling12'], m.id).toContain(m.period);
      expect(m.details.length, m.id).toBeGreaterThan(0);
      expect(m.unit.trim(), m.id).not.toBe('');
      // Annex A measures name the lists they read; a measure of another source (census, local template) names its source.
      if (m.source) expect(['workforce', 'local-supervision', 'local-oversight', 'local-audits', 'local-establishment', 'cin-census', 'ssda903'], m.id).toContain(m.source);
      else expect(m.lists.length, m.id).toBeGreaterThan(0);
      // Percentages and means have a denominator in words; counts and rates over rows have none or the population.
      if (m.kind === 'percent' || m.kind === 'mean') expect(m.definition.denominator, m.id).toBeTruthy();
      if (m.kind === 'count') expect(m.definition.denominator, m.id).toBeNull();
      if (m.aggregation === 'average' || m.aggregation === 'largest') expect(m.cohortSql, m.id).toMatch(/ AS metric/);
      if (m.aggregation === 'sums') expect(m.cohortSql, m.id).toMatch(/ AS metric[\s\S]* AS weight/);
    }
  });

  it('flows read the longitudinal view and snapshots the extract current at D', () => {
    for (const m of catalogue) {
      // Another source's flows read that source's file current at D (each holds the 12 months to its date).
      if (m.period === 'snapshot' || m.source) expect(fullSql(m.cohortSql), m.id).not.toMatch(/JOIN owners/);
      else expect(fullSql(m.cohortSql), m.id).toMatch(/JOIN owners/);
    }
  });

  it('the standards are read from the options and named in the titles', () => {
    const local = buildCatalogue({
      standards: { ...standards, cpVisitWorkingDays: 20, cinVisit: { every: 4, unit: 'weeks' }, claVisitWeeks: 4, cpReviewMonths: 5, claReviewMonths: 3 },
    });
    const title = (id: string) => local.find((m) => m.id === id)?.title;
    expect(title('cp_visited_in_standard')).toBe('Child protection plans with a statutory visit in the last 20 working days');
    expect(title('cin_visited_in_standard')).toBe('Children on a CIN plan seen within 4 weeks');
    expect(title('cla_visited_in_standard')).toBe('Children looked after visited in the last 4 weeks');
    expect(title('cp_reviews_in_timescale')).toContain('then every 5 months');
    expect(title('cla_reviews_in_timescale')).toContain('then every 3 months');
    const defaults = (id: string) => catalogue.find((m) => m.id === id)?.title;
    expect(defaults('cin_visited_in_standard')).toBe('Children on a CIN plan seen within 20 working days');
    expect(defaults('cp_visited_in_standard')).toContain('10 working days');
  });

  it('uses only portable SQL (no QUALIFY, date_diff or DuckDB-only shorthands)', () => {
    for (const m of catalogue) {
      expect(fullSql(m.cohortSql), m.id).not.toMatch(/\bQUALIFY\b|\bdate_diff\b|\bdatediff\b|\bdate_sub\b|::/i);
    }
  });
});

describe('every cohort query runs, D = Mon 31 Mar 2025', () => {
  const D = '2025-03-31';
  let f: LoadedFixture;
  beforeAll(async () => {
    f = await loadFixture(
      {
        1: [{ child_id: 'A', contact_date: '2025-03-03', contact_source: '6' }],
        3: [{ child_id: 'A', referral_date: '2025-03-04', referral_source: '6', referral_nfa: 'No', referrals_last_12m: 0, team: 'T1', worker: 'W1' }],
        4: [
          { child_id: 'A', assessment_start: '2025-03-04', assessment_authorised: '2025-03-20', child_seen: 'Yes', requires_support: 'No', team: 'T1', worker: 'W1' },
          { child_id: 'B', assessment_start: '2024-12-02', assessment_authorised: null, team: 'T1', worker: 'W1' },
        ],
        5: [{ child_id: 'A', strategy_date: '2025-03-05', icpc_date: '2025-03-20', icpc_resulted_in_plan: 'Yes', team: 'T1', worker: 'W1' }],
        6: [{ child_id: 'B', cin_start: '2024-12-01', case_status: 'c) Child in need plan', last_seen: '2025-03-20', team: 'T1', worker: 'W1' }],
        7: [{ child_id: 'A', cp_start: '2025-03-20', latest_category: 'Neglect', last_visit: '2025-03-27', seen_alone: 'Yes', previous_cp_plans: 0, team: 'T1', worker: 'W2' }],
        8: [{ child_id: 'C', cla_start: '2022-01-10', placements_last_12m: 1, placement_type: 'U4', placement_start: '2022-06-01', placement_location: 'In', dob: '2012-05-05', team: 'T2', worker: 'W3' }],
        9: [{ child_id: 'D', dob: '2006-01-01', in_touch: 'Yes', activity: 'F1', suitability: 'Suitable', accommodation: 'Z', team: 'T3', worker: 'PA1' }],
        10: [{ child_id: 'E', entered_care: '2023-01-01', placement_order: '2024-01-10', matched: '2025-01-10', placed_for_adoption: '2025-02-01', adoption_order: '2025-03-10' }],
        11: [{ adopter_id: 'AD1', family_id: 'F1', application_submitted: '2024-09-01', application_approved: '2025-02-01' }],
      },
      D,
      { population: 50_000 },
    );
    // One file of each other source, so the census and local measures have rows to show.
    const db = f.store.db;
    await loadCensus(db, f.dir, {
      referenceDate: '2024-09-30',
      vacancies: 1,
      agencyFte: 1,
      agencyHeadcount: 1,
      workers: [
        { AgencyWorker: 0, SWENo: 'SW1', FTE: 1, OrgRole: 5, RoleStartDate: '2020-01-01', FTE30: 1, Cases30: 12, WorkingDaysLost: 2, Absat30Sept: 0 },
        { AgencyWorker: 0, SWENo: 'SW2', FTE: 1, OrgRole: 5, RoleStartDate: '2020-01-01', RoleEndDate: '2024-05-31', ReasonLeave: 1 },
      ],
    });
    await loadLocalCsv(db, f.dir, 'supervision', D, ['Worker', 'Team', 'Supervision Date', 'Supervision Type'], [['W1', 'T1', '20/03/2025', 'Formal']]);
    await loadLocalCsv(db, f.dir, 'oversight', D, ['Child ID', 'Team', 'Worker', 'Oversight Date'], [['B', 'T1', 'W1', '20/03/2025']]);
    await loadLocalCsv(db, f.dir, 'audits', D, ['Audit ID', 'Child ID', 'Team', 'Audit Date', 'Domain', 'Grade', 'Moderated'], [
      ['AU1', 'A', 'T1', '20/03/2025', 'Overall', 'Good', 'Y'],
      ['AU1', 'A', 'T1', '20/03/2025', 'Assessment', 'Good', 'Y'],
    ]);
    await loadLocalCsv(db, f.dir, 'establishment', D, ['Team', 'Role', 'Month', 'Funded FTE', 'Permanent FTE', 'Agency FTE', 'Vacant FTE'], [
      ['T1', 'Social worker', 'Mar 2025', 5, 4, 1, 1],
    ]);
  });
  afterAll(async () => f?.close());

  it('evaluates all measures in one query, each with a figure at D', async () => {
    const { points } = await resolveAsAt(f.store.db, [D]);
    const values = await evaluateMeasures(f.store.db, points, catalogue, {}, { population: () => 50_000 });
    expect(values).toHaveLength(catalogue.length);
    for (const v of values) {
      expect(v.asAt, v.id).toBe(D);
      if (v.kind === 'count') expect(typeof v.value, v.id).toBe('number');
    }
  });

  it('every drill-down runs and has the detail columns it declares', async () => {
    for (const m of catalogue) {
      const rows = await f.drill(m.id, D);
      for (const r of rows) {
        expect(typeof r.reason, m.id).toBe('string');
        for (const d of m.details) expect(d.key in r, `${m.id}.${d.key}`).toBe(true);
      }
    }
  });
});
