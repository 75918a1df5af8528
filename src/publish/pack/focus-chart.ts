import { formatValue } from '../format.js';
import { longDate, trendLabel } from '../scorecard-labels.js';
import { type LinePoint, svgLineChart } from './line-chart.js';
import type { PackMeasure, PackModel } from './pack-model.js';
import { WITHHELD_TEXT, countText, valueText } from './pack-text.js';

/**
 * A measure in focus as a chart and, beside it, the same figures as a table (the chart's text
 * alternative, for everyone who would rather read numbers than a line). HTML and Word both draw
 * from here, so the two always agree.
 */
export interface ChartRow {
  readonly month: string;
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly partial: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function linePoints(m: PackMeasure): LinePoint[] {
  return m.trend.map((t) => ({
    month: MONTHS[Number(t.asAt.slice(5, 7)) - 1] ?? t.asAt,
    year: t.asAt.slice(0, 4),
    value: t.figure.value.withheld ? null : t.figure.value.n,
  }));
}

export function chartTitle(m: PackMeasure): string {
  const first = m.trend[0];
  const last = m.trend[m.trend.length - 1];
  return `${m.title}: month ends ${first ? trendLabel(first.asAt) : ''} to ${last ? trendLabel(last.asAt) : ''}`;
}

/** Every point read out, then the targets: what a screen reader says for the chart. */
export function chartDescription(m: PackMeasure): string {
  const fmt = (v: number) => formatValue({ kind: m.kind, value: v });
  const points = m.trend.map((t) => `${trendLabel(t.asAt)}: ${t.figure.value.withheld ? `withheld (${WITHHELD_TEXT[t.figure.value.withheld]})` : t.figure.value.n === null ? 'no figure' : fmt(t.figure.value.n)}`);
  const targets = [m.targets.minimum !== null ? `minimum ${fmt(m.targets.minimum)}` : null, m.targets.upper !== null ? `upper target ${fmt(m.targets.upper)}` : null].filter(Boolean);
  return `Line chart. ${points.join('; ')}.${targets.length ? ` Targets: ${targets.join(', ')}.` : ' No targets.'} The table beside the chart gives the same figures.`;
}

export function focusChartSvg(m: PackMeasure, options: { width?: number; height?: number } = {}): string {
  return svgLineChart(linePoints(m), {
    id: `chart-${m.id}`,
    title: chartTitle(m),
    description: chartDescription(m),
    format: (v) => formatValue({ kind: m.kind, value: v }),
    minimum: m.targets.minimum,
    upper: m.targets.upper,
    percent: m.kind === 'percent',
    ...options,
  });
}

export function chartRows(m: PackMeasure): ChartRow[] {
  return m.trend.map((t) => ({
    month: trendLabel(t.asAt),
    value: valueText(m.kind, t.figure.value),
    numerator: countText(t.figure.numerator),
    denominator: countText(t.figure.denominator),
    partial: !t.coverage && t.figure.value.n !== null,
  }));
}

export function chartCaption(m: PackMeasure): string {
  const last = m.trend[m.trend.length - 1];
  return `Figure: ${m.title}, month ends to ${last ? longDate(last.asAt) : ''}`;
}

/** Figures are numbered through the document, in the order the themes show them. */
export function figureNumbers(m: PackModel): Map<string, number> {
  const ids = m.themes.flatMap((t) => t.measures.filter((x) => x.inFocus).map((x) => x.id));
  return new Map(ids.map((id, i) => [id, i + 1]));
}
