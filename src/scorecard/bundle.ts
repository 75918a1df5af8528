import type { Config } from '../config/config.js';
import { type BreakdownRow, type CohortRow, breakdown, drill } from '../measures/engine.js';
import type { Measure } from '../measures/measure.js';
import { type QualityReport, qualityReport } from '../quality/report.js';
import type { Database } from '../store/database.js';
import { type Scorecard, type ScorecardOptions, buildScorecard, pointFor, populationFrom } from './scorecard.js';

/**
 * Everything an output of the scorecard shows: the scorecard itself, each measure broken down
 * by team, the data-quality summary of the extract, and (when asked) the rows behind each
 * figure. Renderers (text, json, html, xlsx, pdf, docx) only format a bundle.
 */
export interface ScorecardBundle {
  readonly scorecard: Scorecard;
  /** Per measure id, the figure by team as at D. */
  readonly byTeam: ReadonlyMap<string, BreakdownRow[]>;
  readonly quality: QualityReport;
  /** Per measure id, the cohort rows (only when `withLists`). */
  readonly lists: ReadonlyMap<string, CohortRow[]>;
  /** When the bundle was made (outputs show it; tests fix it). */
  readonly generatedAt: string;
}

export interface BundleOptions extends ScorecardOptions {
  readonly config: Config;
  readonly measures: readonly Measure[];
  readonly withLists?: boolean;
  readonly generatedAt?: string;
  /** Which measures to break down by team (default: every one; a breakdown is a query each). */
  readonly byTeamOf?: (m: Measure) => boolean;
}

export async function buildBundle(db: Database, options: BundleOptions): Promise<ScorecardBundle> {
  const scorecard = await buildScorecard(db, options);
  const { point } = await pointFor(db, scorecard.asAt);
  const scope = options.scope ?? {};
  const context = { population: populationFrom(options.config) };
  const byTeam = new Map<string, BreakdownRow[]>();
  const lists = new Map<string, CohortRow[]>();
  for (const m of options.measures) {
    if (options.byTeamOf?.(m) ?? true) byTeam.set(m.id, await breakdown(db, point, m, 'team', scope, context));
    if (options.withLists) lists.set(m.id, await drill(db, point, m, scope));
  }
  const quality = await qualityReport(db, scorecard.extract.extractId, { examples: 3 });
  return { scorecard, byTeam, quality, lists, generatedAt: options.generatedAt ?? new Date().toISOString() };
}
