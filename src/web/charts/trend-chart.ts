import type { Polarity } from '../../measures/measure.js';
import { escapeHtml as e } from '../../publish/escape-html.js';

export interface ChartPoint {
  /** The month, as the axis and the table say it ("Mar 2024"). */
  readonly label: string;
  readonly value: number | null;
}

export interface TrendChartOptions {
  /** The chart's accessible name. */
  readonly title: string;
  /** One sentence on what the chart shows, read after the name. */
  readonly description: string;
  readonly format: (v: number) => string;
  readonly minimum: number | null;
  readonly upper: number | null;
  readonly polarity: Polarity;
  readonly benchmark: { value: number; label: string } | null;
  /** A unique prefix for the element ids. */
  readonly id: string;
  readonly width?: number;
  readonly height?: number;
}

const INK = '#0b0c0c';
const GREY = '#505a5f';
const BLUE = '#1d70b8';
/** Light tints for the RAG band: the band is a reading aid; the words and the table carry the meaning. */
const BAND = { red: '#f6d7d2', amber: '#fde2cd', green: '#cce2d8' };

/** Round numbers for an axis: about five ticks spanning [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/**
 * A measure's trend over the months as an SVG line chart, drawn on the server: the line (gaps
 * where there is no figure, never a fall to zero), the minimum and upper targets as labelled
 * dashed lines over a tinted RAG band (red, amber, green by the measure's polarity), and the
 * benchmark as a dotted line. It is an image with a title and description; the page puts the
 * same figures in a table beside it for anyone who cannot see it.
 */
export function trendChart(points: readonly ChartPoint[], o: TrendChartOptions): string {
  const width = o.width ?? 720;
  const height = o.height ?? 280;
  const m = { top: 16, right: 150, bottom: 40, left: 64 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const refs = [o.minimum, o.upper, o.benchmark?.value ?? null].filter((v): v is number => v !== null);
  const domain = [...values, ...refs];
  const open = `<svg class="app-chart" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false">` +
    `<title id="${o.id}-title">${e(o.title)}</title><desc id="${o.id}-desc">${e(o.description)}</desc>`;
  if (domain.length === 0) {
    return `${open}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="14" fill="${INK}">No figures for these months</text></svg>`;
  }
  let lo = Math.min(...domain);
  let hi = Math.max(...domain);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  const pad = (hi - lo) * 0.08;
  lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
  hi += pad;
  const ticks = niceTicks(lo, hi);
  lo = Math.min(lo, ticks[0] as number);
  hi = Math.max(hi, ticks[ticks.length - 1] as number);
  const x = (i: number) => m.left + (points.length > 1 ? (i * plotW) / (points.length - 1) : plotW / 2);
  const y = (v: number) => m.top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const parts: string[] = [];

  // The RAG band, drawn first so everything sits on it.
  if (o.polarity !== 'context' && (o.minimum !== null || o.upper !== null)) {
    const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
    const rect = (from: number, to: number, fill: string) => {
      const a = y(clamp(Math.max(from, to)));
      const b = y(clamp(Math.min(from, to)));
      if (b - a > 0.5) parts.push(`<rect x="${m.left}" y="${n(a)}" width="${plotW}" height="${n(b - a)}" fill="${fill}"/>`);
    };
    const minT = o.minimum;
    const upT = o.upper;
    if (o.polarity === 'higher') {
      if (minT !== null) rect(lo, minT, BAND.red);
      if (minT !== null && upT !== null) rect(minT, upT, BAND.amber);
      if (upT !== null) rect(upT, hi, BAND.green);
      else if (minT !== null) rect(minT, hi, BAND.green);
    } else {
      if (minT !== null) rect(minT, hi, BAND.red);
      if (minT !== null && upT !== null) rect(upT, minT, BAND.amber);
      if (upT !== null) rect(lo, upT, BAND.green);
      else if (minT !== null) rect(lo, minT, BAND.green);
    }
  }
  // Axes and grid.
  for (const t of ticks) {
    parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="#b1b4b6" stroke-width="1"/>`);
    parts.push(`<text x="${m.left - 8}" y="${n(y(t) + 4)}" text-anchor="end" font-size="12" fill="${INK}">${e(o.format(t))}</text>`);
  }
  parts.push(`<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${m.top + plotH}" stroke="${INK}" stroke-width="1"/>`);
  parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${m.top + plotH}" y2="${m.top + plotH}" stroke="${INK}" stroke-width="1"/>`);
  const every = points.length > 7 ? 2 : 1;
  points.forEach((p, i) => {
    if (i % every !== (points.length - 1) % every) return;
    parts.push(`<text x="${n(x(i))}" y="${m.top + plotH + 18}" text-anchor="middle" font-size="12" fill="${INK}">${e(p.label)}</text>`);
  });
  // Reference lines, each labelled at the right.
  const ref = (v: number | null, label: string, stroke: string, dash: string, widthPx: number) => {
    if (v === null) return;
    parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${stroke}" stroke-width="${widthPx}" stroke-dasharray="${dash}"/>`);
    parts.push(`<text x="${m.left + plotW + 6}" y="${n(y(v) + 4)}" font-size="12" fill="${INK}">${e(label)}</text>`);
  };
  ref(o.minimum, `Minimum ${o.format(o.minimum ?? 0)}`, GREY, '6 4', 2);
  ref(o.upper, `Upper ${o.format(o.upper ?? 0)}`, INK, '6 4', 2);
  if (o.benchmark) ref(o.benchmark.value, `${o.benchmark.label} ${o.format(o.benchmark.value)}`, BLUE, '2 3', 3);
  // The line, restarting after each gap; every point marked.
  let d = '';
  let down = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      down = false;
      return;
    }
    d += `${down ? 'L' : 'M'}${n(x(i))} ${n(y(p.value))}`;
    down = true;
  });
  if (d) parts.push(`<path d="${d}" fill="none" stroke="${INK}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>`);
  points.forEach((p, i) => {
    if (p.value !== null) parts.push(`<circle cx="${n(x(i))}" cy="${n(y(p.value))}" r="${i === points.length - 1 ? 5 : 3.5}" fill="${INK}"/>`);
  });
  return `${open}${parts.join('')}</svg>`;
}
