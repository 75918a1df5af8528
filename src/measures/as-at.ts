import { type IsoDate, addDays, addYears, monthStart } from '../model/dates.js';
import type { Extract } from '../store/extracts.js';
import { dateLit, intLit } from '../store/sql.js';
import { type Ownership, financialYear, monthsEndingAt, ownership } from './periods.js';

/**
 * One as-at date to evaluate: the extract current at it (snapshots read it) and the share of
 * each earlier extract in the longitudinal view of events up to it (flows read that).
 */
export interface AsAtPoint {
  readonly asAt: IsoDate;
  readonly extract: Extract;
  readonly owners: readonly Ownership[];
  /** Earliest date from which events up to D are covered without a gap. */
  readonly coveredFrom: IsoDate | null;
  /** The extract of each other source current at D (workforce census, local templates). */
  readonly others: Readonly<Record<OtherSource, Extract | null>>;
}

/**
 * Sources besides Annex A that measures read, with the `asat` column holding the id of the
 * extract of that source current at D (null when none is loaded on or before D).
 */
export const OTHER_SOURCES = {
  workforce: 'workforce_extract_id',
  'local-supervision': 'supervision_extract_id',
  'local-oversight': 'oversight_extract_id',
  'local-audits': 'audits_extract_id',
  'local-establishment': 'establishment_extract_id',
  'cin-census': 'cin_census_extract_id',
  ssda903: 'ssda903_extract_id',
} as const;

export type OtherSource = keyof typeof OTHER_SOURCES;

/** `extracts` holds every source's extracts; Annex A's decide the point. */
export function asAtPoint(extracts: readonly Extract[], asAt: IsoDate): AsAtPoint | null {
  const annexA = extracts.filter((e) => e.source === 'annex-a');
  const extract = extractAt(annexA, asAt);
  if (!extract) return null;
  const { owners, coveredFrom } = ownership(annexA, asAt, undefined, addDays(financialYear(asAt).start, -366));
  const others = Object.fromEntries(
    (Object.keys(OTHER_SOURCES) as OtherSource[]).map((source) => [source, extractAt(extracts.filter((e) => e.source === source), asAt)]),
  ) as Record<OtherSource, Extract | null>;
  return { asAt, extract, owners, coveredFrom, others };
}

/**
 * The relations every cohort query reads: `asat` (one row per as-at date with its extract and
 * the boundaries the definitions use, computed here once: portable, with no date arithmetic
 * left to differ between engines) and `owners` (which extract's rows each date's events come
 * from, for flows).
 */
export function asAtRelation(points: readonly AsAtPoint[]): string {
  if (points.length === 0) throw new RangeError('no as-at dates to evaluate');
  const rows = points.map((p) =>
    [
      dateLit(p.asAt),
      intLit(p.extract.extractId),
      dateLit(monthStart(p.asAt)),
      dateLit(financialYear(p.asAt).start),
      dateLit(monthsEndingAt(p.asAt, 12)),
      dateLit(addDays(p.asAt, -42)),
      dateLit(addDays(p.asAt, -365)),
      dateLit(addYears(p.asAt, -2)),
      ...(Object.keys(OTHER_SOURCES) as OtherSource[]).map((k) => {
        const e = p.others[k];
        return e ? intLit(e.extractId) : 'CAST(NULL AS INTEGER)';
      }),
    ].join(', '),
  );
  const owned = points.flatMap((p) => p.owners.map((o) => [dateLit(p.asAt), intLit(o.extractId), dateLit(o.from), dateLit(o.to)].join(', ')));
  const owners = owned.length
    ? `owners (as_at, extract_id, owns_from, owns_to) AS (VALUES (${owned.join('), (')}))`
    : 'owners AS (SELECT CAST(NULL AS DATE) AS as_at, CAST(NULL AS INTEGER) AS extract_id, CAST(NULL AS DATE) AS owns_from, CAST(NULL AS DATE) AS owns_to WHERE false)';
  return `asat (as_at, extract_id, month_start, ytd_start, r12_start, d_minus_42, d_minus_365, d_minus_2y, ${Object.values(OTHER_SOURCES).join(', ')}) AS (VALUES (${rows.join('), (')})),
  ${owners}`;
}

/** The extract current at D: the latest as-at on or before D. */
export function extractAt(extracts: readonly Extract[], asAt: IsoDate): Extract | null {
  let found: Extract | null = null;
  for (const e of extracts) if (e.asAt <= asAt && (!found || e.asAt > found.asAt || (e.asAt === found.asAt && e.extractId > found.extractId))) found = e;
  return found;
}
