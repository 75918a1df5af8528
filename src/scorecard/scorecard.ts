import type { Config } from '../config/config.js';
import { parseConfig } from '../config/config.js';
import { buildCatalogue } from '../measures/catalogue/index.js';
import { type EvaluationContext, type MeasureValue, type Scope, evaluateMeasures, resolveAsAt } from '../measures/engine.js';
import type { AsAtPoint } from '../measures/as-at.js';
import type { Measure, Theme } from '../measures/measure.js';
import { THEME_TITLES } from '../measures/measure.js';
import { type PeriodType, financialYear, periodCovered, periodStart } from '../measures/periods.js';
import type { IsoDate } from '../model/dates.js';
import { addYears, isIsoDate, isoToDay } from '../model/dates.js';
import type { Database } from '../store/database.js';
import type { Extract } from '../store/extracts.js';
import { UserError } from '../user-error.js';
import { type MeasureBenchmarks, benchmarksByMeasure } from './benchmarks.js';
import { type Commentary, commentaryFor } from './commentary.js';
import { type PublishedFigure, publishedFor } from './published.js';
import { type Rag, type Targets, ragOf, targetsAt } from './targets.js';
import { type Direction, type TrendPoint, directionOf, trendDates } from './trend.js';

export interface ScorecardExtract {
  readonly extractId: number;
  readonly fileName: string;
  readonly asAt: IsoDate;
  readonly loadedAt: string;
}

export interface Coverage {
  /** The loaded extracts cover the whole period of the figure. */
  readonly complete: boolean;
  /** The earliest date from which events are covered without a gap (flows). */
  readonly from: IsoDate | null;
  /** The first day of the period (null for a snapshot). */
  readonly periodStart: IsoDate | null;
  readonly note: string | null;
}

/** One measure of the scorecard: the figure as at D and everything read beside it. */
export interface ScorecardMeasure extends MeasureValue {
  readonly periodType: PeriodType;
  readonly targets: Targets;
  readonly rag: Rag | null;
  /** Values at the last N month ends, oldest first, ending at D. */
  readonly trend: TrendPoint[];
  readonly direction: Direction | null;
  /** The change goes the measure's good way (null when level or with no good direction). */
  readonly improving: boolean | null;
  /**
   * The previous financial year's outturn: for a flow, the figure over the whole year (the
   * year-to-date variant at 31 March, when the catalogue has one); for a snapshot, the figure at
   * 31 March. `label` says which ("2024/25", or "Mar 2025" for a monthly flow without a
   * year-to-date variant, or "31 Mar 2025").
   */
  readonly previousYear: (TrendPoint & { year: string; label: string; measureId: string }) | null;
  readonly benchmarks: MeasureBenchmarks;
  readonly commentary: Commentary | null;
  readonly coverage: Coverage;
  /** The figure as published for D's month, when that month was frozen. */
  readonly published: (PublishedFigure & { changed: boolean }) | null;
}

export interface ScorecardTheme {
  readonly theme: Theme;
  readonly title: string;
  readonly commentary: Commentary | null;
  readonly measures: ScorecardMeasure[];
}

/** The measures at one as-at date, with the extract they come from. */
export interface Scorecard {
  readonly asAt: IsoDate;
  readonly authority: string | null;
  readonly extract: ScorecardExtract;
  readonly team: string | null;
  /** Sentences the reader should see (which extract was used, when it is older than D). */
  readonly notes: string[];
  readonly measures: ScorecardMeasure[];
  readonly themes: ScorecardTheme[];
  readonly trendDates: IsoDate[];
  /** Every extract a figure of this scorecard reads (current, trend, previous year, longitudinal view). */
  readonly extractsUsed: ScorecardExtract[];
  /** The measures' definitions, in scorecard order (renderers print them). */
  readonly definitions: readonly Measure[];
}

/**
 * The measure whose value at 31 March is a measure's previous-year outturn: a monthly flow's
 * year-to-date variant (ids follow `variantId`: `contacts_month` → `contacts_ytd`,
 * `assessments_45wd` → `assessments_45wd_ytd`); a year-to-date, rolling-year or snapshot
 * measure is its own outturn.
 */
export function outturnMeasure(m: Measure, catalogue: readonly Measure[]): Measure {
  if (m.period !== 'month') return m;
  const ytdId = m.id.endsWith('_month') ? `${m.id.slice(0, -'_month'.length)}_ytd` : `${m.id}_ytd`;
  return catalogue.find((x) => x.id === ytdId && x.period === 'ytd') ?? m;
}

function outturnLabel(m: Measure, fyLabel: string, yearEnd: IsoDate): string {
  switch (m.period) {
    case 'ytd':
    case 'rolling12':
      return fyLabel;
    case 'month':
      return `Mar ${yearEnd.slice(0, 4)}`;
    case 'snapshot':
      return `31 Mar ${yearEnd.slice(0, 4)}`;
  }
}

export function summariseExtract(e: Extract): ScorecardExtract {
  return { extractId: e.extractId, fileName: e.fileName, asAt: e.asAt, loadedAt: e.loadedAt };
}

/** Resolves D (default: the latest extract's as-at) to the extract current at D. */
export async function pointFor(db: Database, asAt?: IsoDate): Promise<{ point: AsAtPoint; notes: string[] }> {
  if (asAt !== undefined && !isIsoDate(asAt)) throw new UserError(`--as-at ${asAt} is not a date; give it as YYYY-MM-DD`);
  const { extracts } = await resolveAsAt(db, []);
  if (extracts.length === 0) {
    throw new UserError('no Annex A extract is loaded yet; load one with: csc-scorecard load annex-a FILE.xlsx --as-at YYYY-MM-DD');
  }
  const d = asAt ?? (extracts[extracts.length - 1] as Extract).asAt;
  const { points } = await resolveAsAt(db, [d]);
  const point = points[0];
  if (!point) {
    throw new UserError(`no extract is current at ${d}: the earliest loaded extract is as at ${(extracts[0] as Extract).asAt}`);
  }
  const notes: string[] = [];
  if (point.extract.asAt !== d) {
    notes.push(`figures as at ${d} use extract ${point.extract.extractId} (${point.extract.fileName}), the latest taken on or before it, as at ${point.extract.asAt}`);
  }
  return { point, notes };
}

export interface ScorecardOptions {
  readonly asAt?: IsoDate;
  readonly scope?: Scope;
  readonly measures?: readonly Measure[];
  readonly config?: Config;
  /** Points in the trend, D included (default 6). */
  readonly trendPoints?: number;
}

/** Children aged 0–17 for D's year (or the latest earlier year configured). */
export function populationFrom(config: Config): (asAt: IsoDate) => number | null {
  const years = Object.keys(config.population).sort();
  return (asAt) => {
    const y = asAt.slice(0, 4);
    let best: string | null = null;
    for (const k of years) if (k <= y) best = k;
    best ??= years[0] ?? null;
    return best ? (config.population[best] ?? null) : null;
  };
}

/** Returns made once a year: figures from them stay current for a year after their date. */
const CENSUS_VALID_DAYS = 366;
const ANNUAL_SOURCES: ReadonlySet<string> = new Set(['workforce', 'ssda903', 'cin-census']);

function coverageOf(m: Measure, point: AsAtPoint | undefined, asAt: IsoDate): Coverage {
  const start = periodStart(m.period, asAt);
  if (!point) return { complete: false, from: null, periodStart: start, note: `no extract is loaded for ${asAt} or before` };
  if (m.source) {
    const e = point.others[m.source];
    if (!e) return { complete: false, from: null, periodStart: start, note: `no ${m.source} file is loaded for ${asAt} or before` };
    const fresh = ANNUAL_SOURCES.has(m.source) ? isoToDay(asAt) - isoToDay(e.asAt) <= CENSUS_VALID_DAYS : e.asAt >= asAt;
    return {
      complete: fresh,
      from: e.asAt,
      periodStart: start,
      note: fresh ? null : `from the ${m.source} file as at ${e.asAt}`,
    };
  }
  const complete = periodCovered(m.period, asAt, point.extract.asAt, point.coveredFrom);
  let note: string | null = null;
  if (!complete) {
    note =
      m.period === 'snapshot'
        ? `snapshot from the extract as at ${point.extract.asAt}, not ${asAt}`
        : point.coveredFrom
          ? `the loaded extracts cover events from ${point.coveredFrom} only; the period starts ${start}`
          : `no extract covers events up to ${asAt}`;
  }
  return { complete, from: point.coveredFrom, periodStart: start, note };
}

/**
 * The scorecard as at D: every measure with its figure, targets and RAG, trend over the last
 * month ends, previous-year outturn, benchmarks, commentary, coverage of its period, and the
 * published figure when D's month was frozen. One evaluation of all measures over all dates.
 */
export async function buildScorecard(db: Database, options: ScorecardOptions = {}): Promise<Scorecard> {
  const config = options.config ?? parseConfig('', 'defaults');
  const catalogue = options.measures ?? buildCatalogue({ standards: config.standards });
  const { point, notes } = await pointFor(db, options.asAt);
  const asAt = point.asAt;
  const dates = trendDates(asAt, Math.max(1, options.trendPoints ?? 6));
  const prevYearEnd = addYears(financialYear(asAt).end, -1);
  const prevYearLabel = financialYear(prevYearEnd).label;
  const allDates = [...new Set([...dates, prevYearEnd])];
  const { points } = await resolveAsAt(db, allDates);
  const byDate = new Map(points.map((p) => [p.asAt, p]));
  const context: EvaluationContext = { population: populationFrom(config) };
  const fullCatalogue = buildCatalogue({ standards: config.standards });
  const outturns = new Map(catalogue.map((m) => [m.id, outturnMeasure(m, fullCatalogue)]));
  const extra = [...new Map([...outturns.values()].filter((o) => !catalogue.includes(o)).map((o) => [o.id, o])).values()];
  const values = await evaluateMeasures(db, points, catalogue, options.scope ?? {}, context);
  const prevPoint = points.filter((p) => p.asAt === prevYearEnd);
  const extraValues = extra.length && prevPoint.length ? await evaluateMeasures(db, prevPoint, extra, options.scope ?? {}, context) : [];
  const valueOf = new Map([...values, ...extraValues].map((v) => [`${v.id}|${v.asAt}`, v]));
  const month = asAt.slice(0, 7);
  const [commentary, published, benchmarks] = await Promise.all([commentaryFor(db, month), publishedFor(db, month), benchmarksByMeasure(db)]);

  const measures: ScorecardMeasure[] = catalogue.map((m) => {
    const at = (d: IsoDate, of: Measure = m): TrendPoint => {
      const v = valueOf.get(`${of.id}|${d}`);
      return {
        asAt: d,
        value: v?.value ?? null,
        numerator: v?.numerator ?? null,
        denominator: v?.denominator ?? null,
        coverage: coverageOf(of, byDate.get(d), d).complete,
      };
    };
    const outturn = outturns.get(m.id) ?? m;
    const current = valueOf.get(`${m.id}|${asAt}`) as MeasureValue;
    const trend = dates.map((d) => at(d));
    const targets = targetsAt(config, m.id, asAt);
    const prev = byDate.has(prevYearEnd)
      ? { ...at(prevYearEnd, outturn), year: prevYearLabel, label: outturnLabel(outturn, prevYearLabel, prevYearEnd), measureId: outturn.id }
      : null;
    const pub = options.scope?.team || options.scope?.teams ? undefined : published.get(m.id);
    return {
      ...current,
      periodType: m.period,
      targets,
      rag: ragOf(current.value, m.polarity, targets),
      trend,
      ...directionOf(trend, m.kind, m.polarity),
      previousYear: prev,
      benchmarks: benchmarks(m.id),
      commentary: commentary.get(m.id) ?? null,
      coverage: coverageOf(m, point, asAt),
      published: pub ? { ...pub, changed: pub.value !== current.value || pub.numerator !== current.numerator || pub.denominator !== current.denominator } : null,
    };
  });

  const themes = [...new Set(catalogue.map((m) => m.theme))].map((theme) => ({
    theme,
    title: THEME_TITLES[theme],
    commentary: commentary.get(`theme:${theme}`) ?? null,
    measures: measures.filter((m) => m.theme === theme),
  }));
  const partial = measures.filter((m) => !m.coverage.complete);
  if (partial.length) notes.push(`${partial.length} figure(s) cover only part of their period with the extracts loaded (marked as partial)`);
  const { extracts } = await resolveAsAt(db, []);
  const used = new Set<number>();
  for (const p of points) {
    used.add(p.extract.extractId);
    for (const o of p.owners) used.add(o.extractId);
  }
  return {
    asAt,
    authority: config.authority ?? null,
    extract: summariseExtract(point.extract),
    team: options.scope?.team ?? null,
    notes,
    measures,
    themes,
    trendDates: dates,
    extractsUsed: extracts.filter((e) => used.has(e.extractId)).map(summariseExtract),
    definitions: catalogue,
  };
}
