import { escapeHtml as e } from '../escape-html.js';

/**
 * A line chart of a measure's trend with its target lines, drawn on the server as SVG: the same
 * markup goes inline into the HTML (and so the PDF) and, through resvg, into a PNG for Word. No
 * scripts, no external fonts or images; coordinates to one decimal place, so the same figures
 * always give the same bytes. A missing or withheld point leaves a gap (never a zero, which
 * would invent a fall). Targets are told apart by dash pattern and a label, not colour alone.
 */
export interface LinePoint {
  /** Month label under the axis ("Apr"), and the year under it when it changes. */
  readonly month: string;
  readonly year: string;
  readonly value: number | null;
}

export interface LineChartOptions {
  /** Unique in the document: the prefix of the title's and description's ids. */
  readonly id: string;
  /** The chart's accessible name. */
  readonly title: string;
  /** Read out after the name: every value and the targets. */
  readonly description: string;
  readonly format: (v: number) => string;
  readonly minimum?: number | null;
  readonly upper?: number | null;
  /** Percentages keep their axis within 0–100. */
  readonly percent?: boolean;
  readonly width?: number;
  readonly height?: number;
}

export const CHART_FONT = 'Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif';
const INK = '#0b0c0c';
const LINE = '#1d70b8';
const GRID = '#dddddd';
const MUTED = '#505a5f';
const MIN_COLOUR = '#d4351c';
const UPPER_COLOUR = '#00703c';

function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A round step giving about `count` intervals over the span (1, 2, 2.5 or 5 × 10^k). */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 2.5, 5, 10]) if (raw <= f * mag) return f * mag;
  return 10 * mag;
}

function domain(values: number[], percent: boolean): { lo: number; hi: number; step: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) {
    lo -= Math.max(1, Math.abs(lo) * 0.1);
    hi += Math.max(1, Math.abs(hi) * 0.1);
  }
  const pad = (hi - lo) * 0.15;
  lo -= pad;
  hi += pad;
  // Figures here are never negative; a count's axis starts at zero when its values come near it.
  if (lo < 0 || (!percent && lo < (hi - lo) * 0.5)) lo = 0;
  if (percent) {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
  }
  const step = niceStep(hi - lo, 4);
  return { lo: Math.floor(lo / step) * step, hi: Math.ceil(hi / step) * step, step };
}

export function svgLineChart(points: readonly LinePoint[], o: LineChartOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 240;
  const left = 52;
  const right = 118;
  const top = 14;
  const bottom = 40;
  const minimum = o.minimum ?? null;
  const upper = o.upper ?? null;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const targets = [minimum, upper].filter((v): v is number => v !== null);
  const open = `<svg class="chart" role="img" aria-labelledby="${o.id}-t ${o.id}-d" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" font-size="12"><title id="${o.id}-t">${e(o.title)}</title><desc id="${o.id}-d">${e(o.description)}</desc>`;
  const parts: string[] = [`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  if (values.length === 0) {
    parts.push(`<text x="${n(left + plotW / 2)}" y="${n(top + plotH / 2)}" text-anchor="middle" fill="${MUTED}">No figures to show</text>`);
    return `${open}${parts.join('')}</svg>`;
  }
  const { lo, hi, step } = domain([...values, ...targets], o.percent ?? false);
  const x = (i: number) => left + (points.length > 1 ? (i * plotW) / (points.length - 1) : plotW / 2);
  const y = (v: number) => top + plotH - ((v - lo) / (hi - lo)) * plotH;

  for (let v = lo; v <= hi + step / 1000; v += step) {
    const yy = n(y(v));
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${yy}" y2="${yy}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${yy}" dy="4" text-anchor="end" fill="${MUTED}">${e(o.format(Math.round(v * 1000) / 1000))}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${n(top + plotH)}" y2="${n(top + plotH)}" stroke="${INK}" stroke-width="1"/>`);
  points.forEach((p, i) => {
    const xx = n(x(i));
    parts.push(`<text x="${xx}" y="${n(top + plotH + 16)}" text-anchor="middle" fill="${INK}">${e(p.month)}</text>`);
    const prevYear = points[i - 1]?.year;
    if (i === 0 || p.year !== prevYear) parts.push(`<text x="${xx}" y="${n(top + plotH + 31)}" text-anchor="middle" fill="${MUTED}">${e(p.year)}</text>`);
  });

  const target = (v: number | null, label: string, colour: string, dash: string) => {
    if (v === null) return;
    const yy = n(y(v));
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${yy}" y2="${yy}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="${dash}"/>`);
    parts.push(`<text x="${left + plotW + 6}" y="${yy}" dy="4" fill="${colour}">${e(`${label} ${o.format(v)}`)}</text>`);
  };
  // When the two targets are close, their labels would overlap: the upper one moves up a line.
  target(minimum, 'Minimum', MIN_COLOUR, '6 3');
  if (upper !== null && minimum !== null && Math.abs(y(upper) - y(minimum)) < 14) {
    const yy = n(y(upper));
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${yy}" y2="${yy}" stroke="${UPPER_COLOUR}" stroke-width="1.5" stroke-dasharray="2 3"/>`);
    parts.push(`<text x="${left + plotW + 6}" y="${n(Math.min(y(upper), y(minimum)) - 10)}" dy="4" fill="${UPPER_COLOUR}">${e(`Upper ${o.format(upper)}`)}</text>`);
  } else {
    target(upper, 'Upper', UPPER_COLOUR, '2 3');
  }

  let d = '';
  let penDown = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      penDown = false;
      return;
    }
    d += `${penDown ? 'L' : 'M'}${n(x(i))} ${n(y(p.value))}`;
    penDown = true;
  });
  parts.push(`<path d="${d}" fill="none" stroke="${LINE}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`);
  points.forEach((p, i) => {
    if (p.value !== null) parts.push(`<circle cx="${n(x(i))}" cy="${n(y(p.value))}" r="3.5" fill="${LINE}" stroke="#ffffff" stroke-width="1"/>`);
  });
  const lastIndex = points.length - 1;
  const last = points[lastIndex]?.value ?? null;
  if (last !== null) {
    // A white halo keeps the label readable where it crosses the line or a target.
    parts.push(`<text x="${n(x(lastIndex))}" y="${n(y(last) - 9)}" text-anchor="middle" font-weight="bold" fill="${INK}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${e(o.format(last))}</text>`);
  }
  return `${open}${parts.join('')}</svg>`;
}

/** The chart as a standalone SVG file (for resvg): the namespace HTML does not need. */
export function standaloneSvg(svg: string): string {
  return svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
}
