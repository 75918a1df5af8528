import type { BreakdownRow } from '../../measures/engine.js';
import { THEME_TITLES, type Measure } from '../../measures/measure.js';
import { PERIOD_LABELS } from '../../measures/periods.js';
import { POLARITY_WORDS, RAG_WORDS, longDate, monthLabel, trendLabel } from '../../publish/scorecard-labels.js';
import type { Config } from '../../config/config.js';
import type { ScorecardMeasure } from '../../scorecard/scorecard.js';
import type { SuppressedMeasure } from '../../scorecard/suppressed-scorecard.js';
import { suppressTeamBreakdown } from '../../scorecard/suppressed-scorecard.js';
import { ragOf, targetsAt } from '../../scorecard/targets.js';
import { trendChart } from '../charts/trend-chart.js';
import { amountText, figureText } from './figures.js';
import { qsOf } from './links.js';

export interface BreakdownRowView {
  readonly name: string;
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The children behind this team's figure, when the user may see them. */
  readonly drillHref: string | null;
}

export interface MeasureView {
  readonly id: string;
  readonly title: string;
  readonly theme: string;
  readonly period: string;
  readonly asAt: string;
  readonly month: string;
  readonly team: string | null;
  readonly value: string;
  readonly rag: string | null;
  readonly ragWord: string | null;
  readonly numerator: string;
  readonly denominator: string;
  readonly hasDenominator: boolean;
  readonly targets: { minimum: string; upper: string };
  readonly polarity: string;
  readonly previousYear: string;
  readonly benchmarks: { label: string; text: string; source: string }[];
  readonly coverage: string | null;
  readonly chart: string;
  readonly trend: { month: string; value: string; numerator: string; denominator: string; rag: string | null }[];
  readonly byTeam: BreakdownRowView[];
  readonly byTeamTotal: BreakdownRowView;
  readonly byWorker: BreakdownRowView[] | null;
  readonly commentary: ScorecardMeasure['commentary'];
  readonly definition: Measure['definition'];
  readonly lists: string;
  readonly unit: string;
  readonly drillHref: string | null;
}

export interface MeasureViewOptions {
  readonly config: Config;
  readonly asAt: string;
  readonly team: string | null;
  /** The figures are withheld where small (a viewer). */
  readonly suppressed: boolean;
  /** Teams whose children the user may open (null: none; 'all': every team). */
  readonly drillTeams: readonly string[] | 'all' | null;
}

function breakdownRows(rows: readonly (BreakdownRow & { suppressed?: { value: boolean; numerator: boolean; denominator: boolean } })[], m: Measure, o: MeasureViewOptions, by: 'team' | 'worker'): BreakdownRowView[] {
  return rows.map((r) => {
    const s = r.suppressed ?? { value: false, numerator: false, denominator: false };
    const allowed = by === 'team' && r.group !== null && (o.drillTeams === 'all' || (o.drillTeams ?? []).some((t) => t.toLowerCase() === r.group?.toLowerCase()));
    return {
      name: r.group ?? '(none recorded)',
      value: figureText(m.kind, r.value, s.value),
      numerator: amountText(r.numerator, s.numerator),
      denominator: r.denominator === null ? '' : amountText(r.denominator, s.denominator),
      drillHref: allowed ? `/measures/${encodeURIComponent(m.id)}/drill${qsOf({ 'as-at': o.asAt, team: r.group })}` : null,
    };
  });
}

/** Everything the measure page shows, formatted; suppressed throughout for a viewer. */
export function measureView(m: Measure, sm: ScorecardMeasure | SuppressedMeasure, byTeam: readonly BreakdownRow[], byWorker: readonly BreakdownRow[] | null, o: MeasureViewOptions): MeasureView {
  const hidden = 'suppressed' in sm ? sm.suppressed : { value: false, numerator: false, denominator: false };
  const fmt = (v: number) => figureText(m.kind, v);
  const england = sm.benchmarks.england;
  const teamRows = o.suppressed ? suppressTeamBreakdown(byTeam, m.kind) : byTeam;
  const trend = sm.trend.map((t) => {
    const rag = ragOf(t.value, m.polarity, targetsAt(o.config, m.id, t.asAt));
    return { month: trendLabel(t.asAt), value: figureText(m.kind, t.value), numerator: amountText(t.numerator), denominator: t.denominator === null ? '' : amountText(t.denominator), rag: rag ? RAG_WORDS[rag] : null };
  });
  const b = sm.benchmarks;
  return {
    id: m.id,
    title: m.title,
    theme: THEME_TITLES[m.theme],
    period: PERIOD_LABELS[m.period],
    asAt: o.asAt,
    month: o.asAt.slice(0, 7),
    team: o.team,
    value: figureText(m.kind, sm.value, hidden.value),
    rag: sm.rag,
    ragWord: sm.rag ? RAG_WORDS[sm.rag] : null,
    numerator: amountText(sm.numerator, hidden.numerator),
    denominator: amountText(sm.denominator, hidden.denominator),
    hasDenominator: sm.denominator !== null || hidden.denominator,
    targets: { minimum: sm.targets.minimum === null ? 'none' : fmt(sm.targets.minimum), upper: sm.targets.upper === null ? 'none' : fmt(sm.targets.upper) },
    polarity: POLARITY_WORDS[m.polarity],
    previousYear: sm.previousYear ? `${figureText(m.kind, sm.previousYear.value)} (${sm.previousYear.label})` : 'none',
    benchmarks: [
      b.england ? { label: 'England', text: `${fmt(b.england.value)} (${b.england.year})`, source: b.england.source } : null,
      b.statisticalNeighbours ? { label: 'Statistical neighbours', text: `${fmt(b.statisticalNeighbours.value)} (${b.statisticalNeighbours.year})`, source: b.statisticalNeighbours.source } : null,
      b.region ? { label: 'Region', text: `${fmt(b.region.value)} (${b.region.year})`, source: b.region.source } : null,
    ].filter((x): x is { label: string; text: string; source: string } => x !== null),
    coverage: sm.coverage.complete ? null : sm.coverage.note,
    chart: trendChart(
      sm.trend.map((t) => ({ label: trendLabel(t.asAt), value: t.value })),
      {
        id: `chart-${m.id}`,
        title: `${m.title}${o.team ? `, ${o.team}` : ''}: ${sm.trend.length} month ends to ${monthLabel(o.asAt)}`,
        description: `Line chart of the monthly figures${sm.targets.minimum !== null || sm.targets.upper !== null ? ' with the minimum and upper targets as dashed lines over a red, amber and green band' : ''}${england ? ' and the England benchmark as a dotted line' : ''}. The same figures are in the table below the chart.`,
        format: fmt,
        minimum: sm.targets.minimum,
        upper: sm.targets.upper,
        polarity: m.polarity,
        benchmark: england ? { value: england.value, label: `England ${england.year}` } : null,
      },
    ),
    trend,
    byTeam: breakdownRows(teamRows, m, o, 'team'),
    byTeamTotal: {
      name: 'All teams',
      value: figureText(m.kind, sm.value, hidden.value),
      numerator: amountText(sm.numerator, hidden.numerator),
      denominator: sm.denominator === null && !hidden.denominator ? '' : amountText(sm.denominator, hidden.denominator),
      drillHref: null,
    },
    byWorker: byWorker ? breakdownRows(byWorker, m, o, 'worker') : null,
    commentary: sm.commentary,
    definition: m.definition,
    lists: m.lists.length ? `Annex A list${m.lists.length > 1 ? 's' : ''} ${m.lists.join(', ')}` : (m.source ?? ''),
    unit: m.unit,
    drillHref: o.drillTeams ? `/measures/${encodeURIComponent(m.id)}/drill${qsOf({ 'as-at': o.asAt, team: o.team })}` : null,
  };
}

export { longDate };
