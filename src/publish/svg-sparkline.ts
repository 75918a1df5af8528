import { escapeHtml } from './escape-html.js';

export interface SparklinePoint {
  /** How the point is read out, e.g. "May 2025". */
  readonly label: string;
  readonly value: number | null;
}

export interface SparklineOptions {
  /** The accessible name's opening words, e.g. "Referrals in the month, last 6 month ends". */
  readonly title: string;
  /** How a value is read out (default: as given). */
  readonly format?: (value: number) => string;
  /** The minimum and upper targets, drawn as faint lines where set. */
  readonly minimum?: number | null;
  readonly upper?: number | null;
  readonly width?: number;
  readonly height?: number;
}

const INK = '#0b0c0c';
const TARGET = '#b1b4b6';

/** Coordinates to one decimal place: the same input always gives the same bytes. */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * A small line chart of a trend, drawn on the server as inline SVG (no scripts, no external
 * assets, no namespace URL: it is meant to sit inside an HTML5 document). A missing value
 * leaves a gap rather than being drawn as zero, which would invent a fall. The last point is
 * marked; the targets are faint dashed lines (long dashes: upper, short dashes: minimum). The
 * chart is an image with a `<title>` that reads every value out, so a screen reader gets the
 * figures the eye gets from the line; the scorecard also prints the values in its table.
 */
export function svgSparkline(points: readonly SparklinePoint[], options: SparklineOptions): string {
  const width = options.width ?? 96;
  const height = options.height ?? 24;
  const pad = 3;
  const format = options.format ?? ((v: number) => String(v));
  const minimum = options.minimum ?? null;
  const upper = options.upper ?? null;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const targets = [minimum, upper].filter((v): v is number => v !== null);
  const spoken = points.map((p) => `${p.label}: ${p.value === null ? 'no figure' : format(p.value)}`).join('; ');
  const targetWords = [minimum !== null ? `minimum ${format(minimum)}` : null, upper !== null ? `upper target ${format(upper)}` : null].filter(Boolean).join(', ');
  const title = `${options.title}. ${values.length ? spoken : 'No figures'}${targetWords ? `. Targets: ${targetWords}` : ''}.`;
  const open = `<svg class="sparkline" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" focusable="false"><title>${escapeHtml(title)}</title>`;
  if (values.length === 0) return `${open}</svg>`;

  const domain = [...values, ...targets];
  let lo = Math.min(...domain);
  let hi = Math.max(...domain);
  if (hi === lo) {
    // A flat line sits in the middle rather than on an edge.
    lo -= 1;
    hi += 1;
  }
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? pad + i * step : width / 2);
  const y = (v: number) => height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad);

  const parts: string[] = [];
  const line = (v: number | null, dash: string) => {
    if (v !== null) parts.push(`<line x1="0" x2="${width}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${TARGET}" stroke-width="1" stroke-dasharray="${dash}"/>`);
  };
  line(minimum, '2 2');
  line(upper, '5 2');

  // One path, restarting after each gap; a point with no neighbour gets a dot of its own.
  let d = '';
  let penDown = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      penDown = false;
      return;
    }
    d += `${penDown ? 'L' : 'M'}${n(x(i))} ${n(y(p.value))}`;
    const prev = points[i - 1]?.value ?? null;
    const next = points[i + 1]?.value ?? null;
    if (prev === null && next === null && i !== points.length - 1) parts.push(`<circle cx="${n(x(i))}" cy="${n(y(p.value))}" r="1.2" fill="${INK}"/>`);
    penDown = true;
  });
  if (d) parts.push(`<path d="${d}" fill="none" stroke="${INK}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`);
  const lastIndex = points.length - 1;
  const last = points[lastIndex]?.value ?? null;
  if (last !== null) parts.push(`<circle cx="${n(x(lastIndex))}" cy="${n(y(last))}" r="2.5" fill="${INK}"/>`);
  return `${open}${parts.join('')}</svg>`;
}
