import type { IsoDate } from '../model/dates.js';
import type { Database, Row, SqlValue } from '../store/database.js';
import { type Extract, listExtracts } from '../store/extracts.js';
import { type AsAtPoint, asAtPoint, asAtRelation } from './as-at.js';
import { sharedDefinitions } from './shared-relations.js';
import type { Aggregation, Measure, MeasureKind, Polarity, Theme } from './measure.js';
import { percent, ratio } from './rounding.js';

export const ANNEX_A = 'annex-a';

/** One measure's figure at one as-at date. */
export interface MeasureValue {
  readonly id: string;
  readonly title: string;
  readonly theme: Theme;
  readonly kind: MeasureKind;
  readonly unit: string;
  readonly polarity: Polarity;
  readonly asAt: IsoDate;
  /** The extract the figure was computed from (null when no extract is current at D). */
  readonly extractId: number | null;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export type BreakdownBy = 'team' | 'worker';

export interface BreakdownRow {
  /** Team or worker name; null for rows with none recorded. */
  readonly group: string | null;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** What a figure may need beyond the store: the child population for rates per 10,000. */
export interface EvaluationContext {
  /** Children aged 0–17 for the year of D (null when not configured). */
  readonly population?: (asAt: IsoDate) => number | null;
}

export interface Scope {
  /** Only rows of this team (compared ignoring case). */
  readonly team?: string;
  /**
   * Only rows of these teams (ignoring case): a team manager's teams, for child-level queries.
   * An empty list means no rows at all: a manager without teams sees no child, never every child.
   */
  readonly teams?: readonly string[];
}

/** As-at dates with the extract current at each; dates with none are returned apart. */
export async function resolveAsAt(db: Database, dates: readonly IsoDate[]): Promise<{ points: AsAtPoint[]; missing: IsoDate[]; extracts: Extract[] }> {
  const all = await listExtracts(db);
  const extracts = all.filter((e) => e.source === ANNEX_A);
  const points: AsAtPoint[] = [];
  const missing: IsoDate[] = [];
  for (const d of dates) {
    const p = asAtPoint(all, d);
    if (p) points.push(p);
    else missing.push(d);
  }
  return { points, missing, extracts };
}

/**
 * The condition a scope puts on a team column ('TRUE' when none). Every child-level query
 * builds its filter here, so the rule that decides which teams' rows a user sees is written once.
 */
export function teamCondition(column: string, scope: Scope, params: SqlValue[]): string {
  const parts: string[] = [];
  if (scope.team) {
    params.push(scope.team);
    parts.push(`lower(${column}) = lower($${params.length})`);
  }
  if (scope.teams !== undefined) {
    if (scope.teams.length === 0) parts.push('FALSE');
    else {
      const refs = scope.teams.map((t) => {
        params.push(t);
        return `lower($${params.length})`;
      });
      parts.push(`lower(${column}) IN (${refs.join(', ')})`);
    }
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

function scopeFilter(scope: Scope, params: SqlValue[]): string {
  const condition = teamCondition('c.team', scope, params);
  return condition === 'TRUE' ? '' : `WHERE ${condition}`;
}

export function aggregationOf(m: Measure): Aggregation {
  return m.aggregation ?? (m.kind === 'mean' ? 'pairs-per-worker' : 'rows');
}

/** numerator/denominator per as-at (and group), by the measure's aggregation. */
function aggregateSql(m: Measure, groupCol: string | null, where: string): string {
  const g = groupCol ? `, ${groupCol} AS grp` : '';
  const gb = groupCol ? `, ${groupCol}` : '';
  switch (aggregationOf(m)) {
    case 'rows':
      return `SELECT c.as_at${g}, sum(CASE WHEN c.in_numerator THEN 1 ELSE 0 END) AS numerator, count(*) AS denominator
        FROM cohort c ${where} GROUP BY c.as_at${gb}`;
    case 'average':
      return `SELECT c.as_at${g}, sum(c.metric) AS numerator, count(c.metric) AS denominator
        FROM cohort c ${where} GROUP BY c.as_at${gb}`;
    case 'pairs-per-worker':
      return `SELECT c.as_at${g}, count(*) AS numerator, count(DISTINCT c.worker_key) AS denominator
        FROM cohort c ${where} GROUP BY c.as_at${gb}`;
    case 'sums':
      return `SELECT c.as_at${g}, sum(CASE WHEN c.in_numerator THEN c.metric ELSE 0 END) AS numerator, sum(c.weight) AS denominator
        FROM cohort c ${where} GROUP BY c.as_at${gb}`;
    case 'largest':
      return `SELECT c.as_at${g}, max(CASE WHEN c.in_numerator THEN c.metric END) AS numerator, CAST(NULL AS INTEGER) AS denominator
        FROM cohort c ${where} GROUP BY c.as_at${gb}`;
    case 'largest-per-worker':
      return `SELECT w.as_at${groupCol ? ', w.grp' : ''}, max(w.n) AS numerator, CAST(NULL AS INTEGER) AS denominator FROM (
          SELECT c.as_at${g}, c.worker_key, count(*) AS n FROM cohort c ${where} GROUP BY c.as_at${gb}, c.worker_key
        ) w GROUP BY w.as_at${groupCol ? ', w.grp' : ''}`;
  }
}

function figure(
  m: Measure,
  numerator: number | null,
  denominator: number | null,
  population: number | null = null,
): Pick<MeasureValue, 'value' | 'numerator' | 'denominator'> {
  const aggregation = aggregationOf(m);
  if (aggregation === 'largest-per-worker' || aggregation === 'largest') return { value: numerator, numerator, denominator: null };
  if (aggregation === 'sums') return sumsFigure(m.kind, numerator, denominator);
  if (aggregation === 'average') return { value: ratio(numerator ?? 0, denominator ?? 0), numerator: numerator ?? 0, denominator: denominator ?? 0 };
  switch (m.kind) {
    case 'rate':
      return { value: population ? ratio((numerator ?? 0) * 10_000, population) : null, numerator: numerator ?? 0, denominator: population };
    case 'count':
      return { value: numerator ?? 0, numerator: numerator ?? 0, denominator: null };
    case 'percent':
      return { value: percent(numerator ?? 0, denominator ?? 0), numerator: numerator ?? 0, denominator: denominator ?? 0 };
    case 'mean':
      return { value: ratio(numerator ?? 0, denominator ?? 0), numerator: numerator ?? 0, denominator: denominator ?? 0 };
  }
}

/** Sums of FTE and the like, to 6 decimal places (the census's own precision), so float noise never tips a rounding. */
function fixed(n: number | null): number {
  return Math.round((n ?? 0) * 1_000_000) / 1_000_000;
}

/** A `sums` figure: a count is the numerator's sum; a percentage or mean divides the two sums. */
function sumsFigure(kind: MeasureKind, numerator: number | null, denominator: number | null): Pick<MeasureValue, 'value' | 'numerator' | 'denominator'> {
  const n = fixed(numerator);
  const d = fixed(denominator);
  if (kind === 'count') return { value: n, numerator: n, denominator: null };
  return { value: kind === 'percent' ? percent(n, d) : ratio(n, d), numerator: n, denominator: d };
}

/** The WITH clause's head: the as-at relations, then the shared relations the SQL uses. */
function withHead(points: readonly AsAtPoint[], sqls: readonly string[]): string {
  return [asAtRelation(points), ...sharedDefinitions(sqls)].join(',\n');
}

function withCohort(m: Measure, points: readonly AsAtPoint[]): string {
  return `WITH ${withHead(points, [m.cohortSql])}, cohort AS (${m.cohortSql})`;
}

/**
 * Every measure at every as-at point, in one query: each measure's aggregate is a branch of
 * one UNION ALL, which DuckDB plans and runs as one job (faster than a query per measure).
 */
export async function evaluateMeasures(
  db: Database,
  points: readonly AsAtPoint[],
  measures: readonly Measure[],
  scope: Scope = {},
  context: EvaluationContext = {},
): Promise<MeasureValue[]> {
  if (points.length === 0 || measures.length === 0) return [];
  const params: SqlValue[] = [];
  const where = scopeFilter(scope, params);
  const branches = measures.map(
    (m, i) => `SELECT ${i} AS measure, g.as_at, g.numerator, g.denominator FROM (
      WITH cohort AS (${m.cohortSql}) ${aggregateSql(m, null, where)}
    ) g`,
  );
  const rows = await db.all<{ measure: number; as_at: string; numerator: number | null; denominator: number | null }>(
    `WITH ${withHead(points, measures.map((m) => m.cohortSql))}
${branches.join('\nUNION ALL\n')}`,
    params,
  );
  const found = new Map(rows.map((r) => [`${r.measure}|${r.as_at}`, r]));
  const out: MeasureValue[] = [];
  measures.forEach((m, i) => {
    for (const p of points) {
      const r = found.get(`${i}|${p.asAt}`);
      out.push({
        id: m.id,
        title: m.title,
        theme: m.theme,
        kind: m.kind,
        unit: m.unit,
        polarity: m.polarity,
        asAt: p.asAt,
        extractId: p.extract.extractId,
        ...figure(m, r?.numerator ?? null, r?.denominator ?? null, m.kind === 'rate' ? (context.population?.(p.asAt) ?? null) : null),
      });
    }
  });
  return out;
}

/** A measure at one as-at date, by team or by worker. */
export async function breakdown(db: Database, point: AsAtPoint, m: Measure, by: BreakdownBy, scope: Scope = {}, context: EvaluationContext = {}): Promise<BreakdownRow[]> {
  const params: SqlValue[] = [];
  const where = scopeFilter(scope, params);
  const groupCol = by === 'team' ? 'c.team' : 'c.worker_key';
  let sql = `${withCohort(m, [point])} ${aggregateSql(m, groupCol, where)}`;
  if (by === 'worker') {
    // Show each worker under the spelling of their name used most often (ties: first alphabetically).
    sql = `${withCohort(m, [point])}, agg AS (${aggregateSql(m, groupCol, where)}),
      spellings AS (SELECT c.worker_key, c.worker, count(*) AS n FROM cohort c WHERE c.worker IS NOT NULL GROUP BY c.worker_key, c.worker),
      names AS (SELECT s.worker_key, s.worker FROM (
        SELECT worker_key, worker, row_number() OVER (PARTITION BY worker_key ORDER BY n DESC, worker) AS k FROM spellings
      ) s WHERE s.k = 1)
      SELECT agg.as_at, n.worker AS grp, agg.numerator, agg.denominator FROM agg LEFT JOIN names n ON n.worker_key = agg.grp`;
  }
  const rows = await db.all<{ grp: string | null; numerator: number | null; denominator: number | null }>(sql, params);
  return rows
    // A rate's breakdown shares the authority's population: it shows each group's contribution.
    .map((r) => ({ group: r.grp, ...figure(m, r.numerator, r.denominator, m.kind === 'rate' ? (context.population?.(point.asAt) ?? null) : null) }))
    .sort((a, b) => (a.group ?? '\uffff').localeCompare(b.group ?? '\uffff'));
}

export interface CohortRow extends Row {
  as_at: string;
  extract_id: number;
  sheet: string;
  row_number: number;
  child_id: string;
  team: string | null;
  worker: string | null;
  in_numerator: boolean;
  reason: string;
}

/** The rows behind a figure: the cohort with its numerator flag, reason and detail columns. */
export async function drill(db: Database, point: AsAtPoint, m: Measure, scope: Scope = {}): Promise<CohortRow[]> {
  const params: SqlValue[] = [];
  const where = scopeFilter(scope, params);
  const detail = m.details.map((d) => `c.${d.key}`).join(', ');
  return db.all<CohortRow>(
    `${withCohort(m, [point])}
     SELECT c.as_at, c.extract_id, c.sheet, c.row_number, c.child_id, c.team, c.worker, c.in_numerator, c.reason${detail ? `, ${detail}` : ''}
     FROM cohort c ${where}
     ORDER BY c.in_numerator DESC, c.team NULLS LAST, c.worker NULLS LAST, c.child_id, c.row_number`,
    params,
  );
}
