import type { Config } from '../config/config.js';
import type { AsAtPoint } from '../measures/as-at.js';
import { allocatedRowsSql } from '../measures/allocated-children.js';
import { type BreakdownBy, type BreakdownRow, type CohortRow, type Scope, breakdown, drill } from '../measures/engine.js';
import type { Measure } from '../measures/measure.js';
import { type IsoDate, isIsoDate, monthEnd, monthEndsBetween } from '../model/dates.js';
import { type QualityReport, qualityReport } from '../quality/report.js';
import { type CaseloadReport, type WorkforceReport, caseloadReport, workforceReport } from '../scorecard/caseloads.js';
import { type FindingCount, findingCounts } from '../scorecard/finding-rows.js';
import { type Scorecard, buildScorecard, pointFor, populationFrom } from '../scorecard/scorecard.js';
import type { Database } from '../store/database.js';
import { type Extract, listExtracts } from '../store/extracts.js';
import { ResultCache } from './cache/result-cache.js';
import { scopeKey } from './team-scope/access.js';

/** Points in every trend the dashboard shows: thirteen month ends, a year and the month before it. */
export const TREND_POINTS = 13;

/**
 * The figures behind the pages, each computed once per as-at date (and team, measure, scope)
 * and kept in the result cache until data is loaded. Child-level results are cached under the
 * scope they were computed with: a manager's list is never served to another scope.
 */
export class WebData {
  /**
   * Lists of children are much larger than pages and figures: they get a cache of their own,
   * with room for fewer, so a morning of fifty managers' lists cannot take all the memory.
   */
  readonly rows = new ResultCache(80);

  constructor(
    readonly db: Database,
    readonly cache: ResultCache,
    readonly config: Config,
    readonly catalogue: readonly Measure[],
  ) {}

  /** Forgets every cached figure, page and list: data or commentary has changed. */
  invalidate(): void {
    this.cache.invalidate();
    this.rows.invalidate();
  }

  measure(id: string): Measure | undefined {
    return this.catalogue.find((m) => m.id === id);
  }

  extracts(): Promise<Extract[]> {
    return this.cache.get('extracts', () => listExtracts(this.db));
  }

  /** The Annex A extracts, oldest first (they decide which as-at dates have figures). */
  async annexA(): Promise<Extract[]> {
    return (await this.extracts()).filter((e) => e.source === 'annex-a');
  }

  /** The as-at date a page shows: the one asked for when it is a date, else the latest extract's. */
  async asAtOf(requested: string | undefined): Promise<IsoDate | null> {
    if (requested && isIsoDate(requested)) return requested;
    const a = await this.annexA();
    return a.length ? (a[a.length - 1] as Extract).asAt : null;
  }

  /** The month ends a user can choose (and the latest extract's date when it is not one), newest first. */
  async asAtChoices(): Promise<IsoDate[]> {
    const a = await this.annexA();
    if (a.length === 0) return [];
    const first = (a[0] as Extract).asAt;
    const last = (a[a.length - 1] as Extract).asAt;
    const ends = monthEndsBetween(monthEnd(first), last).filter((d) => d <= last);
    if (!ends.includes(last)) ends.push(last);
    return ends.reverse();
  }

  point(asAt: IsoDate): Promise<{ point: AsAtPoint; notes: string[] }> {
    return this.cache.get(`point|${asAt}`, () => pointFor(this.db, asAt));
  }

  scorecard(asAt: IsoDate, team?: string): Promise<Scorecard> {
    return this.cache.get(`scorecard|${asAt}|${team?.toLowerCase() ?? ''}`, () =>
      buildScorecard(this.db, { asAt, scope: team ? { team } : {}, config: this.config, measures: this.catalogue, trendPoints: TREND_POINTS }),
    );
  }

  /** Aggregates by team or worker: authority-wide for everyone (managers see every team's figures). */
  breakdown(asAt: IsoDate, m: Measure, by: BreakdownBy, team?: string): Promise<BreakdownRow[]> {
    return this.cache.get(`breakdown|${asAt}|${m.id}|${by}|${team?.toLowerCase() ?? ''}`, async () =>
      breakdown(this.db, (await this.point(asAt)).point, m, by, team ? { team } : {}, { population: populationFrom(this.config) }),
    );
  }

  /** The cohort behind a figure under a scope (the caller's child scope, never widened here). */
  drill(asAt: IsoDate, m: Measure, scope: Scope): Promise<CohortRow[]> {
    return this.rows.get(`drill|${asAt}|${m.id}|${scopeKey(scope)}`, async () => drill(this.db, (await this.point(asAt)).point, m, scope));
  }

  /** Teams with children allocated in the extract current at D, in name order. */
  teams(asAt: IsoDate): Promise<string[]> {
    return this.cache.get(`teams|${asAt}`, async () => {
      const { point } = await this.point(asAt);
      const rows = await this.db.all<{ team: string }>(
        `SELECT DISTINCT team FROM (${allocatedRowsSql()}) a WHERE a.extract_id = $1 AND a.team IS NOT NULL ORDER BY team`,
        [point.extract.extractId],
      );
      return rows.map((r) => r.team);
    });
  }

  caseloads(asAt: IsoDate): Promise<{ caseloads: CaseloadReport; workforce: WorkforceReport }> {
    return this.cache.get(`caseloads|${asAt}`, async () => {
      const { point } = await this.point(asAt);
      return { caseloads: await caseloadReport(this.db, point, {}), workforce: await workforceReport(this.db, point) };
    });
  }

  quality(extractId: number): Promise<{ report: QualityReport; counts: FindingCount[] }> {
    return this.cache.get(`quality|${extractId}`, async () => ({
      report: await qualityReport(this.db, extractId, { examples: 0 }),
      counts: await findingCounts(this.db, extractId),
    }));
  }
}
