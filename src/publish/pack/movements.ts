import type { MeasureKind, Polarity } from '../../measures/measure.js';
import type { PeriodType } from '../../measures/periods.js';
import type { Rag } from '../../scorecard/targets.js';

/**
 * What moved since last month: ratings that changed, and the biggest movements. Percentages
 * move in percentage points, other figures in per cent of last month's figure, so a movement is
 * never printed as a difference of counts (which could be a count of 1 to 4).
 */
export interface MovementInput {
  readonly id: string;
  readonly kind: MeasureKind;
  readonly polarity: Polarity;
  readonly periodType: PeriodType;
  readonly previous: { value: number | null; coverage: boolean; shown: boolean };
  readonly current: { value: number | null; coverage: boolean; shown: boolean };
}

export interface Movement {
  readonly id: string;
  /** Percentage points (percentages) or per cent of the previous figure (other kinds). */
  readonly change: number;
  readonly unit: 'points' | 'percent';
  readonly improving: boolean;
}

/** Levels below which a change is "level", as the scorecard's direction of travel has them. */
const LEVEL_POINTS = 0.5;
const LEVEL_PERCENT = 2;

/**
 * The movement of one measure from the previous month end to D, or null when it cannot be
 * compared fairly: a figure missing, withheld, or covering only part of its period; a measure
 * with no good direction; a year-to-date count, which grows every month by construction.
 */
export function movementOf(m: MovementInput): Movement | null {
  const { previous: p, current: c } = m;
  if (m.polarity === 'context' || p.value === null || c.value === null) return null;
  if (!p.shown || !c.shown || !p.coverage || !c.coverage) return null;
  if (m.periodType === 'ytd' && (m.kind === 'count' || m.kind === 'rate')) return null;
  let change: number;
  let unit: Movement['unit'];
  if (m.kind === 'percent') {
    change = c.value - p.value;
    unit = 'points';
    if (Math.abs(change) < LEVEL_POINTS) return null;
  } else {
    if (p.value === 0) return null;
    change = (100 * (c.value - p.value)) / Math.abs(p.value);
    unit = 'percent';
    if (Math.abs(change) < LEVEL_PERCENT) return null;
  }
  return { id: m.id, change, unit, improving: change > 0 === (m.polarity === 'higher') };
}

/** The largest movements first (ties by id, so the order never depends on the catalogue's). */
export function biggestMovements(inputs: readonly MovementInput[], count: number): Movement[] {
  return inputs
    .map(movementOf)
    .filter((m): m is Movement => m !== null)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.id.localeCompare(b.id))
    .slice(0, count);
}

export interface RagChange {
  readonly id: string;
  readonly from: Rag;
  readonly to: Rag;
}

const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2 };

/** Measures rated at both month ends whose rating changed; worsening first. */
export function ragChanges(measures: readonly { id: string; rag: Rag | null; previousRag: Rag | null }[]): RagChange[] {
  return measures
    .filter((m): m is { id: string; rag: Rag; previousRag: Rag } => m.rag !== null && m.previousRag !== null && m.rag !== m.previousRag)
    .map((m) => ({ id: m.id, from: m.previousRag, to: m.rag }))
    .sort((a, b) => RAG_ORDER[a.to] - RAG_ORDER[a.from] - (RAG_ORDER[b.to] - RAG_ORDER[b.from]));
}

/** At most this many charts by default: a committee reads a handful closely, not dozens. */
export const MAX_FOCUS = 12;
export const FOCUS_MOVERS = 3;

/**
 * The measures in focus: the configured list when there is one; otherwise every red measure,
 * then the biggest movers not already in, up to `MAX_FOCUS`.
 */
export function focusMeasures(red: readonly string[], movers: readonly Movement[], configured?: readonly string[]): string[] {
  if (configured) return [...new Set(configured)];
  const out = [...red];
  for (const m of movers.slice(0, FOCUS_MOVERS)) if (!out.includes(m.id)) out.push(m.id);
  return out.slice(0, MAX_FOCUS);
}
