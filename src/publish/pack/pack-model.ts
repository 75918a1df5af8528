import type { Config } from '../../config/config.js';
import type { MeasureDefinition, MeasureKind, Polarity, Theme } from '../../measures/measure.js';
import type { PeriodType } from '../../measures/periods.js';
import type { IsoDate } from '../../model/dates.js';
import type { MeasureBenchmarks } from '../../scorecard/benchmarks.js';
import type { ScorecardBundle } from '../../scorecard/bundle.js';
import type { Commentary } from '../../scorecard/commentary.js';
import type { Coverage, ScorecardExtract, ScorecardMeasure } from '../../scorecard/scorecard.js';
import { type Rag, type Targets, ragOf, targetsAt } from '../../scorecard/targets.js';
import type { Direction } from '../../scorecard/trend.js';
import { measureRefs } from '../scorecard-labels.js';
import { type Audience, AUDIENCE_RULES, type AudienceRules } from './audience.js';
import { type KnownIdentifiers, redact } from './identifiers.js';
import { type Movement, type RagChange, biggestMovements, focusMeasures, ragChanges } from './movements.js';
import { keyConsiderations } from './key-considerations.js';
import type { PackMeta } from './pack-meta.js';
import { type PackQuality, packQuality } from './pack-quality.js';
import { type ShownFigure, type ShownGroup, anyWithheld, showBreakdown, showFigure } from './shown-figure.js';

/**
 * The committee pack as its renderers see it. This is where the audience rules are enforced:
 * every figure is a `ShownFigure` (suppressed, with no number kept for a withheld cell), team
 * breakdowns exist only when the audience may have them, commentary has every identifier known
 * to the store withheld, data quality has counts only (its examples name children), and there
 * is no field for the rows behind a figure. Renderers get this model and nothing else.
 */
export interface PackTrendPoint {
  readonly asAt: IsoDate;
  readonly figure: ShownFigure;
  readonly coverage: boolean;
}

export interface PackMeasure {
  readonly id: string;
  /** "2.3": theme 2, measure 3, as in every scorecard output. */
  readonly ref: string;
  readonly title: string;
  readonly theme: Theme;
  readonly kind: MeasureKind;
  readonly unit: string;
  readonly polarity: Polarity;
  readonly periodType: PeriodType;
  readonly figure: ShownFigure;
  readonly targets: Targets;
  /** Null when there is no rating, or when the figure is withheld (a band could narrow it down). */
  readonly rag: Rag | null;
  readonly previousRag: Rag | null;
  readonly trend: PackTrendPoint[];
  readonly direction: Direction | null;
  readonly improving: boolean | null;
  readonly previousYear: { label: string; year: string; figure: ShownFigure; coverage: boolean } | null;
  readonly benchmarks: MeasureBenchmarks;
  readonly commentary: Commentary | null;
  readonly coverage: Coverage;
  /** The month was published and the figure has been revised since. */
  readonly revised: boolean;
  readonly definition: MeasureDefinition;
  /** In its theme's short table (core measures, measures with targets, measures in focus). */
  readonly headline: boolean;
  readonly inFocus: boolean;
}

export interface PackTeamBreakdown {
  readonly id: string;
  readonly total: ShownFigure;
  readonly teams: readonly ShownGroup[];
}

export interface PackTheme {
  readonly theme: Theme;
  readonly number: number;
  readonly title: string;
  readonly commentary: Commentary | null;
  readonly measures: readonly PackMeasure[];
  /** Board packs only: each headline measure by team, suppressed with secondary suppression. */
  readonly byTeam: readonly PackTeamBreakdown[] | null;
}

export interface PackMovement extends Movement {
  readonly from: ShownFigure;
  readonly to: ShownFigure;
}

export interface PackModel {
  readonly audience: Audience;
  readonly rules: AudienceRules;
  readonly meta: PackMeta;
  readonly asAt: IsoDate;
  /** The previous month end, which RAG changes and movements compare with. */
  readonly previousAsAt: IsoDate | null;
  readonly generatedAt: string;
  readonly extract: ScorecardExtract;
  readonly extractsUsed: readonly ScorecardExtract[];
  readonly notes: readonly string[];
  readonly ragCounts: Record<Rag, number> & { none: number; withheld: number };
  readonly ragChanges: readonly RagChange[];
  readonly red: readonly string[];
  readonly movements: readonly PackMovement[];
  readonly focus: readonly string[];
  readonly keyConsiderations: readonly string[];
  readonly themes: readonly PackTheme[];
  readonly measures: ReadonlyMap<string, PackMeasure>;
  readonly trendDates: readonly IsoDate[];
  readonly quality: PackQuality;
}

export interface PackModelOptions {
  readonly audience: Audience;
  readonly meta: PackMeta;
  /** Targets at the previous month end (they may change with the financial year). */
  readonly config: Config;
  /** Withheld wherever people's text is printed. Required, so no caller can forget it. */
  readonly identifiers: KnownIdentifiers;
  /** Measure ids to chart; default: the red measures and the biggest movers. */
  readonly focus?: readonly string[];
  /** Ids of the measures always in the theme tables (the core measures). */
  readonly headline?: ReadonlySet<string>;
}

const MOVEMENTS = 5;

function redactCommentary(c: Commentary | null, ids: KnownIdentifiers): Commentary | null {
  if (!c) return null;
  return { ...c, areaOfFocus: redact(c.areaOfFocus, ids), response: redact(c.response, ids), update: redact(c.update, ids), author: redact(c.author, ids) };
}

export function buildPackModel(bundle: ScorecardBundle, options: PackModelOptions): PackModel {
  const s = bundle.scorecard;
  const rules = AUDIENCE_RULES[options.audience];
  const refs = measureRefs(s);
  const definitions = new Map(s.definitions.map((d) => [d.id, d.definition]));
  const previousAsAt = s.trendDates.length > 1 ? (s.trendDates[s.trendDates.length - 2] as IsoDate) : null;

  const shown = (m: ScorecardMeasure, f: { value: number | null; numerator: number | null; denominator: number | null }) => showFigure(f, m.kind);
  const base = s.measures.map((m) => {
    const figure = shown(m, m);
    const withheld = anyWithheld(figure);
    const trend = m.trend.map((t) => ({ asAt: t.asAt, figure: shown(m, t), coverage: t.coverage }));
    const prevPoint = m.trend[m.trend.length - 2];
    const prevFigure = trend[trend.length - 2]?.figure;
    const previousRag =
      previousAsAt && prevPoint && prevFigure && !anyWithheld(prevFigure) ? ragOf(prevPoint.value, m.polarity, targetsAt(options.config, m.id, previousAsAt)) : null;
    const directionShown = !withheld && prevFigure !== undefined && !anyWithheld(prevFigure);
    return {
      m,
      figure,
      withheld,
      trend,
      previousRag,
      rag: withheld ? null : m.rag,
      direction: directionShown ? m.direction : null,
      improving: directionShown ? m.improving : null,
    };
  });

  const movementInputs = base.map((b) => {
    const prev = b.m.trend[b.m.trend.length - 2];
    const prevShown = b.trend[b.trend.length - 2];
    return {
      id: b.m.id,
      kind: b.m.kind,
      polarity: b.m.polarity,
      periodType: b.m.periodType,
      previous: { value: prev?.value ?? null, coverage: prev?.coverage ?? false, shown: prevShown ? !anyWithheld(prevShown.figure) : false },
      current: { value: b.m.value, coverage: b.m.coverage.complete, shown: !b.withheld },
    };
  });
  const movers = biggestMovements(movementInputs, MOVEMENTS);
  const red = base.filter((b) => b.rag === 'red').map((b) => b.m.id);
  // A configured measure the pack does not hold (a full-catalogue id in a --core pack) is left out.
  const known = new Set(s.measures.map((m) => m.id));
  const focus = focusMeasures(red, movers, options.focus?.filter((id) => known.has(id)));
  const focusSet = new Set(focus);
  const headline = options.headline ?? new Set<string>();

  const measures = new Map<string, PackMeasure>();
  for (const b of base) {
    const m = b.m;
    measures.set(m.id, {
      id: m.id,
      ref: refs.get(m.id) ?? '',
      title: m.title,
      theme: m.theme,
      kind: m.kind,
      unit: m.unit,
      polarity: m.polarity,
      periodType: m.periodType,
      figure: b.figure,
      targets: m.targets,
      rag: b.rag,
      previousRag: b.previousRag,
      trend: b.trend,
      direction: b.direction,
      improving: b.improving,
      previousYear: m.previousYear ? { label: m.previousYear.label, year: m.previousYear.year, figure: shown(m, m.previousYear), coverage: m.previousYear.coverage } : null,
      benchmarks: m.benchmarks,
      commentary: redactCommentary(m.commentary, options.identifiers),
      coverage: m.coverage,
      revised: m.published?.changed ?? false,
      definition: definitions.get(m.id) ?? { numerator: m.title, denominator: null, notes: [], source: '' },
      headline: headline.has(m.id) || m.targets.minimum !== null || m.targets.upper !== null || focusSet.has(m.id),
      inFocus: focusSet.has(m.id),
    });
  }
  const get = (id: string) => measures.get(id) as PackMeasure;

  const themes: PackTheme[] = s.themes.map((t, i) => {
    const themeMeasures = t.measures.map((m) => get(m.id));
    const byTeam = rules.teamBreakdowns
      ? themeMeasures
          .filter((m) => m.headline && (bundle.byTeam.get(m.id)?.length ?? 0) > 0)
          .map((m) => ({ id: m.id, total: m.figure, teams: showBreakdown(bundle.byTeam.get(m.id) ?? [], m.kind) }))
      : null;
    return { theme: t.theme, number: i + 1, title: t.title, commentary: redactCommentary(t.commentary, options.identifiers), measures: themeMeasures, byTeam };
  });

  const all = [...measures.values()];
  const ragCounts = {
    red: all.filter((m) => m.rag === 'red').length,
    amber: all.filter((m) => m.rag === 'amber').length,
    green: all.filter((m) => m.rag === 'green').length,
    none: base.filter((b) => b.m.rag === null).length,
    withheld: base.filter((b) => b.m.rag !== null && b.rag === null).length,
  };
  const changes = ragChanges(all);
  const movements = movers.map((mv) => {
    const m = get(mv.id);
    return { ...mv, from: m.trend[m.trend.length - 2]?.figure ?? m.figure, to: m.figure };
  });
  const quality = packQuality(bundle.quality);
  const model: Omit<PackModel, 'keyConsiderations'> = {
    audience: options.audience,
    rules,
    meta: options.meta,
    asAt: s.asAt,
    previousAsAt,
    generatedAt: bundle.generatedAt,
    extract: s.extract,
    extractsUsed: s.extractsUsed,
    notes: s.notes,
    ragCounts,
    ragChanges: changes,
    red,
    movements,
    focus,
    themes,
    measures,
    trendDates: s.trendDates,
    quality,
  };
  return { ...model, keyConsiderations: [...keyConsiderations(model), ...options.meta.keyConsiderations.map((p) => redact(p, options.identifiers))] };
}
