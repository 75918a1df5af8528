import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/config.js';
import { loadAnnexA } from '../../src/jobs/load-annex-a.js';
import { CORE_MEASURES, buildCatalogue } from '../../src/measures/catalogue/index.js';
import type { Measure } from '../../src/measures/measure.js';
import { type ScorecardBundle, buildBundle } from '../../src/scorecard/bundle.js';
import { addCommentary } from '../../src/scorecard/commentary.js';
import { freezeMonth } from '../../src/scorecard/published.js';
import { loadBenchmarksFile } from '../../src/scorecard/reference-files.js';
import { buildScorecard } from '../../src/scorecard/scorecard.js';
import { openStore } from '../../src/store/store.js';
import { annexAListsAt, extractDates, simulateAuthority } from '../../src/synthetic/authority.js';
import { type MessOptions, NO_MESS } from '../../src/synthetic/mess.js';
import { writeAnnexAWorkbook } from '../../src/synthetic/write-annex-a.js';

/**
 * The golden scorecard: a small invented authority (800 children, seed 41) with three monthly
 * extracts to 31 May 2025, so that the previous year's outturn (31 March 2025) is loaded, the
 * trend has months with no extract, the year to date is covered and the rolling year is not
 * (partial). The first two extracts are the template exactly (NO_MESS); the latest has a few
 * unreadable values in columns no core measure reads, so data quality has something to show.
 * Targets give red, amber and green; commentary includes text a spreadsheet would run as a
 * formula and text a browser would run as markup; one published figure differs from its
 * recalculation. Every clock the outputs could show is fixed (loadedAt, publishedAt,
 * generatedAt; `today` for the loader).
 */
export const AS_AT = '2025-05-31';
export const MONTH = '2025-05';
export const GENERATED_AT = '2025-06-03T08:30:00.000Z';
export const LOADED_AT = '2025-06-02T09:00:00.000Z';
export const PUBLISHED_AT = '2025-06-02T16:45:00.000Z';
/** A commentary text a spreadsheet would run as a formula, and one a browser would run as markup. */
export const FORMULA_TEXT = "=cmd|' /C calc'!A0";
export const MARKUP_TEXT = '<script>alert("x")</script> & <b>bold</b>';

/**
 * The core measures of the contract and two of their period variants (a year to date that the
 * extracts cover and a rolling year they do not): a fixed list, so that the golden files change
 * only when these measures' definitions do, not whenever the wider catalogue grows.
 */
export function goldenMeasures(): Measure[] {
  const all = buildCatalogue({ standards: parseConfig('', 'defaults').standards });
  const variants = ['referrals_ytd', 'assessments_45wd_r12'].map((id) => {
    const m = all.find((x) => x.id === id);
    if (!m) throw new Error(`golden fixture: the catalogue has no measure ${id}`);
    return m;
  });
  return [...CORE_MEASURES, ...variants];
}

/**
 * The latest extract carries a few unreadable values in columns no core measure reads, so the
 * data-quality section has findings while every figure stays that of the clean data.
 */
const LATEST_MESS: MessOptions = { ...NO_MESS, impossibleDates: 0.004, placeholders: 0.004, unknownCodes: 0.004, extraColumns: true };

export const CONFIG_YAML = `
authority: Northmoor Borough Council
population:
  '2025': 52000
targets:
  rereferrals_12m: { minimum: 25, upper: 18 }
  assessments_45wd: { minimum: 80, upper: 90 }
  assessments_45wd_r12: { minimum: 80, upper: 90 }
  icpc_15wd: { minimum: 70, upper: 85 }
  cp_visited_10wd: { minimum: 99, upper: 100 }
  cla_visited_6wk: { minimum: 85, upper: 95 }
`;

const BENCHMARKS_CSV = `measure,benchmark,value,year,source,label
rereferrals_12m,statistical-neighbours,20.1,2023/24,ChAT statistical neighbours,Statistical neighbours
rereferrals_12m,region,21.4,2023/24,ChAT North West,North West
assessments_45wd,statistical-neighbours,84.2,2023/24,ChAT statistical neighbours,Statistical neighbours
icpc_15wd,statistical-neighbours,78.0,2023/24,ChAT statistical neighbours,Statistical neighbours
`;

export interface GoldenFixture {
  readonly bundle: ScorecardBundle;
  readonly measures: readonly Measure[];
}

/** Builds the fixture in `dir` and returns its bundle (with lists), every timestamp fixed. */
export async function buildGoldenBundle(dir: string): Promise<GoldenFixture> {
  const config = parseConfig(CONFIG_YAML, 'golden.yaml');
  const measures = goldenMeasures();
  const authority = simulateAuthority({ children: 800, asAt: AS_AT, months: 3, seed: 41 });
  const store = await openStore(join(dir, 'golden.duckdb'), { closures: config.closures });
  try {
    for (const asAt of extractDates(AS_AT, 3)) {
      const file = join(dir, `annex-a-${asAt}.xlsx`);
      await writeAnnexAWorkbook(file, annexAListsAt(authority, asAt), { asAt, mess: asAt === AS_AT ? LATEST_MESS : NO_MESS, seed: 41 });
      await loadAnnexA(store.db, { file, asAt, loadedBy: 'golden', today: '2025-06-02' });
    }
    const benchmarks = join(dir, 'benchmarks.csv');
    await writeFile(benchmarks, BENCHMARKS_CSV);
    await loadBenchmarksFile(store.db, benchmarks, measures);
    await addCommentary(store.db, [
      {
        subject: 'theme:assessment',
        month: MONTH,
        areaOfFocus: 'Timeliness of assessments in the Assessment teams',
        response: 'Weekly performance clinic with team managers; agency capacity for the backlog',
        update: 'Backlog down from 41 to 23 assessments open beyond 35 working days',
        author: 'Head of Service, Assessment',
        writtenOn: '2025-06-02',
      },
      {
        subject: 'assessments_45wd',
        month: MONTH,
        areaOfFocus: 'Assessments authorised after 45 working days',
        response: 'Daily review of assessments open 35+ working days',
        update: 'Improving since April; two teams remain below the minimum',
        author: 'Jo Patel, Service Manager',
        writtenOn: '2025-06-02',
      },
      {
        subject: 'rereferrals_12m',
        month: MONTH,
        areaOfFocus: FORMULA_TEXT,
        response: MARKUP_TEXT,
        update: '+ 3 points since March; audit of step-down decisions under way',
        author: '@QA team',
        writtenOn: '2025-06-01',
      },
    ]);
    // The month as it was published: the recalculated figures, with one figure as it stood
    // before a later data correction (so the scorecard shows published beside recalculated).
    const published = await buildScorecard(store.db, { asAt: AS_AT, config, measures, trendPoints: 1 });
    await freezeMonth(
      store.db,
      MONTH,
      published.measures.map((m) =>
        m.id === 'cla_open' && m.value !== null ? { ...m, value: m.value + 3, numerator: (m.numerator ?? 0) + 3, coverage: m.coverage.complete } : { ...m, coverage: m.coverage.complete },
      ),
      { by: 'Performance team' },
    );
    const bundle = await buildBundle(store.db, { asAt: AS_AT, config, measures, withLists: true, generatedAt: GENERATED_AT });
    return { bundle: fixTimestamps(bundle), measures };
  } finally {
    await store.close();
  }
}

/** The bundle with the clocks it carries (when extracts were loaded and figures published) fixed. */
export function fixTimestamps(b: ScorecardBundle): ScorecardBundle {
  const s = b.scorecard;
  const measures = s.measures.map((m) => (m.published ? { ...m, published: { ...m.published, publishedAt: PUBLISHED_AT } } : m));
  const byId = new Map(measures.map((m) => [m.id, m]));
  return {
    ...b,
    scorecard: {
      ...s,
      extract: { ...s.extract, loadedAt: LOADED_AT },
      measures,
      themes: s.themes.map((t) => ({ ...t, measures: t.measures.map((m) => byId.get(m.id) ?? m) })),
    },
  };
}
