import type { Config, TargetEntry } from '../config/config.js';
import type { Measure, Polarity } from '../measures/measure.js';
import { financialYear } from '../measures/periods.js';
import type { IsoDate } from '../model/dates.js';
import { UserError } from '../user-error.js';

export type Rag = 'red' | 'amber' | 'green';

/** The corporate minimum/upper model: the least acceptable figure, and the figure aimed for. */
export interface Targets {
  readonly minimum: number | null;
  readonly upper: number | null;
}

export const NO_TARGETS: Targets = { minimum: null, upper: null };

/**
 * RAG against the targets, by polarity. Higher is better: green at or above the upper target,
 * red below the minimum, amber between. Lower is better: green at or below the upper target,
 * red above the minimum, amber between. With one target only, meeting it is green; missing a
 * minimum is red, missing an upper target amber. No value, no targets or no good direction: null.
 */
export function ragOf(value: number | null, polarity: Polarity, t: Targets): Rag | null {
  if (value === null || polarity === 'context' || (t.minimum === null && t.upper === null)) return null;
  const better = (a: number, b: number) => (polarity === 'higher' ? a >= b : a <= b);
  if (t.upper !== null && better(value, t.upper)) return 'green';
  if (t.minimum !== null && !better(value, t.minimum)) return 'red';
  if (t.minimum !== null && t.upper === null) return 'green';
  return 'amber';
}

function entries(v: TargetEntry | TargetEntry[]): TargetEntry[] {
  return Array.isArray(v) ? v : [v];
}

/** The targets that apply at D: the latest entry whose `from` year is D's financial year or earlier. */
export function targetsAt(config: Config, measureId: string, asAt: IsoDate): Targets {
  const list = config.targets[measureId];
  if (!list) return NO_TARGETS;
  const fy = financialYear(asAt).label;
  let chosen: TargetEntry | null = null;
  for (const e of entries(list)) {
    const from = e.from ?? '0000/01';
    if (from <= fy && (!chosen || from >= (chosen.from ?? '0000/01'))) chosen = e;
  }
  return chosen ? { minimum: chosen.minimum ?? null, upper: chosen.upper ?? null } : NO_TARGETS;
}

/**
 * Checks the configured targets against the catalogue: every id exists, has a good direction,
 * and its minimum and upper targets are the right way round for its polarity.
 */
export function validateTargets(config: Config, catalogue: readonly Measure[], file = 'the configuration'): void {
  const problems: string[] = [];
  for (const [id, value] of Object.entries(config.targets)) {
    const m = catalogue.find((x) => x.id === id);
    if (!m) {
      const near = catalogue.filter((x) => x.id.includes(id.split('_')[0] ?? id)).map((x) => x.id).slice(0, 4);
      problems.push(`targets.${id}: no measure has this id${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}`);
      continue;
    }
    if (m.polarity === 'context') {
      problems.push(`targets.${id}: "${m.title}" has no good direction, so it cannot have RAG targets`);
      continue;
    }
    const years = new Set<string>();
    for (const e of entries(value)) {
      const from = e.from ?? '(any year)';
      if (years.has(from)) problems.push(`targets.${id}: two entries for ${from}`);
      years.add(from);
      if (e.minimum == null && e.upper == null) problems.push(`targets.${id} ${from}: give a minimum, an upper target or both`);
      if (e.minimum != null && e.upper != null) {
        if (m.polarity === 'higher' && e.minimum > e.upper) {
          problems.push(`targets.${id} ${from}: higher is better, so the minimum (${e.minimum}) must not be above the upper target (${e.upper})`);
        }
        if (m.polarity === 'lower' && e.minimum < e.upper) {
          problems.push(`targets.${id} ${from}: lower is better, so the minimum (${e.minimum}) is the worst acceptable figure and must not be below the upper target (${e.upper})`);
        }
      }
      if (m.kind === 'percent') {
        for (const v of [e.minimum, e.upper]) if (v != null && (v < 0 || v > 100)) problems.push(`targets.${id} ${from}: ${v} is not a percentage`);
      }
    }
  }
  if (problems.length) throw new UserError(`${file}: ${problems.join('; ')}`);
}
