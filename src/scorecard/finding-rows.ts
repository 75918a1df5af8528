import { allocatedRowsSql, visibleChildCondition } from '../measures/allocated-children.js';
import { type Scope, teamCondition } from '../measures/engine.js';
import { listByNumber } from '../model/annex-a-lists.js';
import { ruleTitle } from '../quality/report.js';
import type { Severity } from '../quality/rule.js';
import type { Database, SqlValue } from '../store/database.js';
import { intLit } from '../store/sql.js';

/** Findings of one rule in one list and one team (the team of the row the finding is on). */
export interface FindingCount {
  readonly rule: string;
  readonly severity: Severity;
  readonly title: string;
  readonly list: number | null;
  readonly listTitle: string | null;
  readonly team: string | null;
  readonly count: number;
}

/** One finding, with the team of the row it is on (null when the row has none). */
export interface FindingRow {
  readonly seq: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly list: number | null;
  readonly sheet: string | null;
  readonly rowNumber: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly childId: string | null;
  readonly team: string | null;
  readonly value: string | null;
  readonly message: string;
}

export interface FindingFilter {
  readonly rule?: string;
  readonly list?: number;
  readonly team?: string;
  readonly severity?: Severity;
}

/** Findings joined to the list row they are on, which gives the row's team. */
function findingsWithTeam(extractId: number): string {
  return `SELECT f.*, a.team AS row_team FROM findings f
    LEFT JOIN (${allocatedRowsSql()}) a ON a.extract_id = f.extract_id AND a.sheet = f.sheet AND a.row_number = f.row_number
    WHERE f.extract_id = ${intLit(extractId)}`;
}

async function sourceOf(db: Database, extractId: number): Promise<string | undefined> {
  return (await db.all<{ source: string }>('SELECT source FROM extracts WHERE extract_id = $1', [extractId]))[0]?.source;
}

/** Counts of an extract's findings by rule, list and team: aggregates, for every role. */
export async function findingCounts(db: Database, extractId: number): Promise<FindingCount[]> {
  const source = await sourceOf(db, extractId);
  const rows = await db.all<{ rule: string; severity: Severity; list: number | null; row_team: string | null; n: number }>(
    `SELECT rule, severity, list, row_team, count(*) AS n FROM (${findingsWithTeam(extractId)}) x
     GROUP BY rule, severity, list, row_team ORDER BY rule, list NULLS FIRST, row_team NULLS LAST`,
  );
  return rows.map((r) => ({
    rule: r.rule,
    severity: r.severity,
    title: ruleTitle(r.rule, source),
    list: r.list,
    listTitle: r.list === null ? null : safeListTitle(r.list),
    team: r.row_team,
    count: r.n,
  }));
}

function safeListTitle(n: number): string | null {
  try {
    return listByNumber(n).title;
  } catch {
    return null;
  }
}

/**
 * The findings themselves, filtered and paged, under a scope. A finding naming a child is
 * child-level data: under a team scope it is returned only when the child is allocated to one
 * of the scope's teams in the extract; a finding on a row without a child id only when the
 * row's team is one of them; a finding on no row at all (a sheet or a column) always.
 */
export async function findingRows(
  db: Database,
  extractId: number,
  scope: Scope,
  filter: FindingFilter = {},
  page: { limit: number; offset: number } = { limit: 100, offset: 0 },
): Promise<{ rows: FindingRow[]; total: number }> {
  const params: SqlValue[] = [];
  const where: string[] = [];
  const child = visibleChildCondition('x.child_id', extractId, scope, params);
  if (child !== 'TRUE') {
    const rowTeam = teamCondition('x.row_team', scope, params);
    where.push(`((x.child_id IS NOT NULL AND ${child}) OR (x.child_id IS NULL AND (x.row_number IS NULL OR ${rowTeam})))`);
  }
  if (filter.rule) {
    params.push(filter.rule);
    where.push(`x.rule = $${params.length}`);
  }
  if (filter.list !== undefined) where.push(`x.list = ${intLit(filter.list)}`);
  if (filter.team !== undefined) {
    params.push(filter.team);
    where.push(`lower(x.row_team) = lower($${params.length})`);
  }
  if (filter.severity) {
    params.push(filter.severity);
    where.push(`x.severity = $${params.length}`);
  }
  const base = `FROM (${findingsWithTeam(extractId)}) x ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const total = (await db.all<{ n: number }>(`SELECT count(*) AS n ${base}`, params))[0]?.n ?? 0;
  const rows = await db.all<{ seq: number; rule: string; severity: Severity; list: number | null; sheet: string | null; row_number: number | null; column_name: string | null; cell: string | null; child_id: string | null; row_team: string | null; value: string | null; message: string }>(
    `SELECT x.seq, x.rule, x.severity, x.list, x.sheet, x.row_number, x.column_name, x.cell, x.child_id, x.row_team, x.value, x.message ${base}
     ORDER BY x.seq LIMIT ${intLit(Math.max(0, page.limit))} OFFSET ${intLit(Math.max(0, page.offset))}`,
    params,
  );
  return {
    total,
    rows: rows.map((r) => ({
      seq: r.seq,
      rule: r.rule,
      severity: r.severity,
      list: r.list,
      sheet: r.sheet,
      rowNumber: r.row_number,
      column: r.column_name,
      cell: r.cell,
      childId: r.child_id,
      team: r.row_team,
      value: r.value,
      message: r.message,
    })),
  };
}
