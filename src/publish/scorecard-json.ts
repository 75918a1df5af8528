import type { Scorecard, ScorecardMeasure } from '../scorecard/scorecard.js';

function measureJson(m: ScorecardMeasure): object {
  return {
    id: m.id,
    title: m.title,
    theme: m.theme,
    kind: m.kind,
    value: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    unit: m.unit,
    polarity: m.polarity,
    asAt: m.asAt,
    extractId: m.extractId,
    periodType: m.periodType,
    targets: { minimum: m.targets.minimum, upper: m.targets.upper },
    rag: m.rag,
    trend: m.trend.map((t) => ({ asAt: t.asAt, value: t.value, numerator: t.numerator, denominator: t.denominator, coverage: t.coverage })),
    direction: m.direction,
    improving: m.improving,
    previousYear: m.previousYear,
    benchmarks: m.benchmarks,
    commentary: m.commentary,
    coverage: m.coverage.complete,
    coverageDetail: m.coverage,
    published: m.published,
  };
}

/** The scorecard's JSON form: stable field names, one object per measure. */
export function scorecardJson(s: Scorecard): object {
  return {
    asAt: s.asAt,
    authority: s.authority,
    team: s.team,
    extract: s.extract,
    notes: s.notes,
    trendDates: s.trendDates,
    themes: s.themes.map((t) => ({ theme: t.theme, title: t.title, commentary: t.commentary, measures: t.measures.map((m) => m.id) })),
    measures: s.measures.map(measureJson),
  };
}
