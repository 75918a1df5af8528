import type { BreakdownRow } from '../measures/engine.js';
import type { MeasureKind } from '../measures/measure.js';
import type { Scorecard, ScorecardMeasure } from './scorecard.js';
import { type SuppressedFigure, suppressBreakdown, suppressFigure } from './suppression.js';
import type { TrendPoint } from './trend.js';

/** A measure as an aggregate-only audience sees it: which of its cells are withheld. */
export interface SuppressedMeasure extends ScorecardMeasure {
  readonly suppressed: SuppressedFigure['suppressed'];
}

export interface SuppressedScorecard extends Scorecard {
  readonly measures: SuppressedMeasure[];
  readonly themes: (Scorecard['themes'][number] & { measures: SuppressedMeasure[] })[];
}

function point<T extends TrendPoint>(p: T, kind: MeasureKind): T {
  const s = suppressFigure(p, kind);
  return { ...p, value: s.value, numerator: s.numerator, denominator: s.denominator };
}

/**
 * The scorecard for an audience that must never be able to identify a child (councillors, the
 * public): every figure, trend point, previous-year outturn and published figure with counts of
 * 1 to 4 withheld (`suppressFigure`), and the RAG rating and direction of travel withheld with a
 * withheld value, since either would narrow it down. Benchmarks and targets are not about the
 * authority's children and are kept.
 */
export function suppressScorecard(s: Scorecard): SuppressedScorecard {
  const measures = s.measures.map((m): SuppressedMeasure => {
    const f = suppressFigure(m, m.kind);
    const trend = m.trend.map((t) => point(t, m.kind));
    const previous = trend[trend.length - 2];
    const hidden = f.suppressed.value;
    return {
      ...m,
      value: f.value,
      numerator: f.numerator,
      denominator: f.denominator,
      suppressed: f.suppressed,
      rag: hidden ? null : m.rag,
      trend,
      direction: hidden || !previous || previous.value === null ? null : m.direction,
      improving: hidden || !previous || previous.value === null ? null : m.improving,
      previousYear: m.previousYear ? point(m.previousYear, m.kind) : null,
      published: m.published ? { ...m.published, ...pickFigure(suppressFigure(m.published, m.kind)) } : null,
    };
  });
  const byId = new Map(measures.map((m) => [m.id, m]));
  return {
    ...s,
    measures,
    themes: s.themes.map((t) => ({ ...t, measures: t.measures.map((m) => byId.get(m.id) as SuppressedMeasure) })),
  };
}

function pickFigure(f: SuppressedFigure): Pick<SuppressedFigure, 'value' | 'numerator' | 'denominator'> {
  return { value: f.value, numerator: f.numerator, denominator: f.denominator };
}

/** A breakdown by team for an aggregate-only audience: `suppressBreakdown`, rows kept in order. */
export function suppressTeamBreakdown(rows: readonly BreakdownRow[], kind: MeasureKind): (BreakdownRow & { suppressed: SuppressedFigure['suppressed'] })[] {
  return suppressBreakdown(rows, kind);
}
