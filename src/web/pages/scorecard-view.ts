import { PERIOD_LABELS } from '../../measures/periods.js';
import { RAG_WORDS, directionWords, longDate, monthLabel, previousYearHeading, trendLabel } from '../../publish/scorecard-labels.js';
import { svgSparkline } from '../../publish/svg-sparkline.js';
import type { Scorecard, ScorecardMeasure } from '../../scorecard/scorecard.js';
import type { SuppressedMeasure } from '../../scorecard/suppressed-scorecard.js';
import { amountText, figureText } from './figures.js';
import { qsOf } from './links.js';

export interface MeasureRowView {
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly period: string;
  readonly value: string;
  readonly rag: string | null;
  readonly ragWord: string | null;
  readonly numerator: string;
  readonly denominator: string;
  readonly targets: string;
  readonly sparkline: string;
  readonly direction: { arrow: string; word: string; cls: string } | null;
  readonly previousYear: string;
  readonly benchmarks: { label: string; text: string }[];
  readonly partial: string | null;
  readonly published: string | null;
  readonly trend: string[];
}

function targetsText(m: ScorecardMeasure): string {
  const parts: string[] = [];
  if (m.targets.minimum !== null) parts.push(`minimum ${figureText(m.kind, m.targets.minimum)}`);
  if (m.targets.upper !== null) parts.push(`upper ${figureText(m.kind, m.targets.upper)}`);
  return parts.join(', ') || '–';
}

/** One measure's row of the scorecard, every number formatted (and "<5" where withheld). */
export function measureRow(s: Scorecard, m: ScorecardMeasure | SuppressedMeasure, team: string | null): MeasureRowView {
  const hidden = 'suppressed' in m ? m.suppressed : { value: false, numerator: false, denominator: false };
  const dir = directionWords(m);
  const b = m.benchmarks;
  const benchmarks = [
    b.england ? { label: 'England', text: `${figureText(m.kind, b.england.value)} (${b.england.year})` } : null,
    b.statisticalNeighbours ? { label: 'Statistical neighbours', text: `${figureText(m.kind, b.statisticalNeighbours.value)} (${b.statisticalNeighbours.year})` } : null,
    b.region ? { label: 'Region', text: `${figureText(m.kind, b.region.value)} (${b.region.year})` } : null,
  ].filter((x): x is { label: string; text: string } => x !== null);
  const fmt = (v: number) => figureText(m.kind, v);
  return {
    id: m.id,
    title: m.title,
    href: `/measures/${encodeURIComponent(m.id)}${qsOf({ 'as-at': s.asAt, team })}`,
    period: PERIOD_LABELS[m.periodType],
    value: figureText(m.kind, m.value, hidden.value),
    rag: m.rag,
    ragWord: m.rag ? RAG_WORDS[m.rag] : null,
    numerator: m.denominator === null && m.kind === 'count' ? '' : amountText(m.numerator, hidden.numerator),
    denominator: m.denominator === null ? '' : amountText(m.denominator, hidden.denominator),
    targets: targetsText(m),
    sparkline: svgSparkline(
      m.trend.map((t) => ({ label: trendLabel(t.asAt), value: t.value })),
      { title: `${m.title}, ${m.trend.length} month ends`, format: fmt, minimum: m.targets.minimum, upper: m.targets.upper, width: 120, height: 28 },
    ),
    direction: dir ? { ...dir, cls: dir.word === 'improving' ? 'app-dir--improving' : dir.word === 'worsening' ? 'app-dir--worsening' : '' } : null,
    previousYear: m.previousYear ? `${figureText(m.kind, m.previousYear.value)} (${m.previousYear.label})` : '–',
    benchmarks,
    partial: m.coverage.complete ? null : m.coverage.note,
    published: m.published?.changed ? `Published as ${figureText(m.kind, m.published.value)} on ${longDate(m.published.publishedAt.slice(0, 10))}` : null,
    trend: m.trend.map((t) => figureText(m.kind, t.value)),
  };
}

export interface ScorecardView {
  readonly heading: string;
  readonly asAt: string;
  readonly team: string | null;
  readonly trendHeadings: string[];
  readonly previousYearHeading: string;
  readonly notes: string[];
  readonly rag: { red: number; amber: number; green: number };
  readonly themes: { title: string; id: string; commentary: ScorecardMeasure['commentary']; rows: MeasureRowView[] }[];
}

export function scorecardView(s: Scorecard, team: string | null): ScorecardView {
  const count = (r: string) => s.measures.filter((m) => m.rag === r).length;
  return {
    heading: `Scorecard for ${monthLabel(s.asAt)}${team ? `: ${team}` : ''}`,
    asAt: s.asAt,
    team,
    trendHeadings: s.trendDates.map(trendLabel),
    previousYearHeading: previousYearHeading(s),
    notes: s.notes,
    rag: { red: count('red'), amber: count('amber'), green: count('green') },
    themes: s.themes.map((t) => ({ title: t.title, id: `theme-${t.theme}`, commentary: t.commentary, rows: t.measures.map((m) => measureRow(s, m, team)) })),
  };
}
