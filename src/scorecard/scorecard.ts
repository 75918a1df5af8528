import { CORE_MEASURES } from '../measures/catalogue/index.js';
import { type MeasureValue, type Scope, evaluateMeasures, resolveAsAt } from '../measures/engine.js';
import type { Measure } from '../measures/measure.js';
import type { IsoDate } from '../model/dates.js';
import { isIsoDate } from '../model/dates.js';
import type { Database } from '../store/database.js';
import type { Extract } from '../store/extracts.js';
import { UserError } from '../user-error.js';

export interface ScorecardExtract {
  readonly extractId: number;
  readonly fileName: string;
  readonly asAt: IsoDate;
  readonly loadedAt: string;
}

/** The measures at one as-at date, with the extract they come from. */
export interface Scorecard {
  readonly asAt: IsoDate;
  readonly extract: ScorecardExtract;
  readonly team: string | null;
  /** Sentences the reader should see (which extract was used, when it is older than D). */
  readonly notes: string[];
  readonly measures: MeasureValue[];
}

export function summariseExtract(e: Extract): ScorecardExtract {
  return { extractId: e.extractId, fileName: e.fileName, asAt: e.asAt, loadedAt: e.loadedAt };
}

/** Resolves D (default: the latest extract's as-at) to the extract current at D. */
export async function pointFor(db: Database, asAt?: IsoDate) {
  if (asAt !== undefined && !isIsoDate(asAt)) throw new UserError(`--as-at ${asAt} is not a date; give it as YYYY-MM-DD`);
  const { extracts } = await resolveAsAt(db, []);
  if (extracts.length === 0) {
    throw new UserError('no Annex A extract is loaded yet; load one with: csc-scorecard load annex-a FILE.xlsx --as-at YYYY-MM-DD');
  }
  const d = asAt ?? (extracts[extracts.length - 1] as Extract).asAt;
  const { points } = await resolveAsAt(db, [d]);
  const point = points[0];
  if (!point) {
    throw new UserError(`no extract is current at ${d}: the earliest loaded extract is as at ${(extracts[0] as Extract).asAt}`);
  }
  const notes: string[] = [];
  if (point.extract.asAt !== d) {
    notes.push(`figures as at ${d} use extract ${point.extract.extractId} (${point.extract.fileName}), the latest taken on or before it, as at ${point.extract.asAt}`);
  }
  return { point, notes };
}

export async function buildScorecard(
  db: Database,
  options: { asAt?: IsoDate; scope?: Scope; measures?: readonly Measure[] } = {},
): Promise<Scorecard> {
  const { point, notes } = await pointFor(db, options.asAt);
  const measures = await evaluateMeasures(db, [point], options.measures ?? CORE_MEASURES, options.scope ?? {});
  return {
    asAt: point.asAt,
    extract: summariseExtract(point.extract),
    team: options.scope?.team ?? null,
    notes,
    measures,
  };
}
