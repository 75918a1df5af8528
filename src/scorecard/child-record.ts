import type { AsAtPoint } from '../measures/as-at.js';
import { visibleChildCondition } from '../measures/allocated-children.js';
import type { Scope } from '../measures/engine.js';
import { ANNEX_A_LISTS, tableOf } from '../model/annex-a-lists.js';
import { LOCAL_TEMPLATES, localTable } from '../model/local-templates.js';
import type { Database, Row, SqlValue } from '../store/database.js';

/** One row the store holds about the child, in one table of one extract. */
export interface ChildRow {
  readonly extractId: number;
  readonly asAt: string;
  readonly fileName: string;
  readonly sheet: string | null;
  readonly rowNumber: number | null;
  /** Column key → value, in the table's order (bookkeeping columns and unset flags left out). */
  readonly values: Record<string, SqlValue>;
  /** Columns whose value could not be read (stored blank, with a finding). */
  readonly unreadable: string[];
}

export interface ChildTable {
  readonly table: string;
  readonly title: string;
  /** Column key and its heading as the source file spells it. */
  readonly columns: { key: string; label: string }[];
  /** Newest extract first. */
  readonly rows: ChildRow[];
}

export interface ChildFinding {
  readonly extractId: number;
  readonly asAt: string;
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string | null;
  readonly rowNumber: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly value: string | null;
  readonly message: string;
}

export interface ChildRecord {
  readonly childId: string;
  /** The as-at date and extract the allocation (and so the permission) was decided at. */
  readonly asAt: string;
  readonly extractId: number;
  /** Where the child is allocated in that extract: list, team and worker. */
  readonly allocations: { list: string; team: string | null; worker: string | null }[];
  readonly tables: ChildTable[];
  readonly findings: ChildFinding[];
}

const BOOKKEEPING = new Set(['extract_id', 'sheet', 'row_number', 'child_id']);

/** Headings of the tables this code knows; a table added by another source shows its column keys. */
function knownTables(): Map<string, { title: string; labels: Map<string, string> }> {
  const out = new Map<string, { title: string; labels: Map<string, string> }>();
  for (const l of ANNEX_A_LISTS) out.set(tableOf(l), { title: `Annex A list ${l.number}: ${l.title}`, labels: new Map(l.columns.map((c) => [c.key, c.header])) });
  for (const t of LOCAL_TEMPLATES) out.set(localTable(t), { title: `Local template: ${t.title}`, labels: new Map(t.columns.map((c) => [c.key, c.header])) });
  return out;
}

/**
 * Every table that holds rows about children: each with an `extract_id` and a `child_id`,
 * found from the store's own catalogue, so a source added later (SSDA903, the CIN census) is
 * part of the child's record without a change here.
 */
async function childTables(db: Database): Promise<{ table: string; columns: string[] }[]> {
  const rows = await db.all<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema NOT IN ('information_schema', 'pg_catalog')
     ORDER BY table_name, ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const r of rows) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), r.column_name]);
  const order = [...ANNEX_A_LISTS.map(tableOf)];
  return [...byTable.entries()]
    .filter(([t, cols]) => t !== 'findings' && cols.includes('extract_id') && cols.includes('child_id') && /^[a-z0-9_]+$/.test(t))
    .map(([table, columns]) => ({ table, columns }))
    .sort((a, b) => rank(order, a.table) - rank(order, b.table) || a.table.localeCompare(b.table));
}

function rank(order: string[], t: string): number {
  const i = order.indexOf(t);
  return i < 0 ? order.length : i;
}

/**
 * Everything the store holds about one child, across every list and every extract, or null
 * when the child is not in the store or the scope may not see them. Under a team scope the
 * child must have a row allocated to one of the scope's teams in the extract current at D
 * (`point`); otherwise the answer is null, exactly as for a child who does not exist, so the
 * page cannot be used to learn whether a child is known elsewhere.
 */
export async function childRecord(db: Database, childId: string, point: AsAtPoint, scope: Scope): Promise<ChildRecord | null> {
  const extractId = point.extract.extractId;
  const params: SqlValue[] = [childId];
  const visible = visibleChildCondition('$1', extractId, scope, params);
  if (visible !== 'TRUE') {
    const allowed = await db.all<{ ok: boolean }>(`SELECT ${visible} AS ok`, params);
    if (!allowed[0]?.ok) return null;
  }

  const known = knownTables();
  const tables: ChildTable[] = [];
  for (const t of await childTables(db)) {
    const rows = await db.all<Row>(
      `SELECT x.*, e.as_at AS e_as_at, e.file_name AS e_file_name FROM ${t.table} x JOIN extracts e ON e.extract_id = x.extract_id
       WHERE x.child_id = $1 ORDER BY e.as_at DESC, x.extract_id DESC${t.columns.includes('row_number') ? ', x.row_number' : ''}`,
      [childId],
    );
    if (rows.length === 0) continue;
    const info = known.get(t.table);
    const keys = t.columns.filter((c) => !BOOKKEEPING.has(c) && !(c.endsWith('_unreadable') && t.columns.includes(c.slice(0, -'_unreadable'.length))));
    tables.push({
      table: t.table,
      title: info?.title ?? t.table,
      columns: keys.map((k) => ({ key: k, label: info?.labels.get(k) ?? k })),
      rows: rows.map((r) => ({
        extractId: r.extract_id as number,
        asAt: String(r.e_as_at),
        fileName: String(r.e_file_name),
        sheet: (r.sheet as string | undefined) ?? null,
        rowNumber: (r.row_number as number | undefined) ?? null,
        values: Object.fromEntries(keys.map((k) => [k, r[k] ?? null])),
        unreadable: keys.filter((k) => r[`${k}_unreadable`] === true),
      })),
    });
  }
  if (tables.length === 0) return null;

  const allocations = await db.all<{ list: string; team: string | null; worker: string | null }>(
    ANNEX_A_LISTS.filter((l) => l.columns.some((c) => c.key === 'team'))
      .map((l) => `SELECT '${l.title.replace(/'/g, "''")}' AS list, team, worker FROM ${tableOf(l)} WHERE extract_id = $1 AND child_id = $2`)
      .join(' UNION ALL '),
    [extractId, childId],
  );
  const findings = await db.all<{ extract_id: number; as_at: string; rule: string; severity: string; sheet: string | null; row_number: number | null; column_name: string | null; cell: string | null; value: string | null; message: string }>(
    `SELECT f.extract_id, e.as_at, f.rule, f.severity, f.sheet, f.row_number, f.column_name, f.cell, f.value, f.message
     FROM findings f JOIN extracts e ON e.extract_id = f.extract_id WHERE f.child_id = $1
     ORDER BY e.as_at DESC, f.extract_id DESC, f.seq`,
    [childId],
  );
  return {
    childId,
    asAt: point.asAt,
    extractId,
    allocations,
    tables,
    findings: findings.map((f) => ({
      extractId: f.extract_id,
      asAt: f.as_at,
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      rowNumber: f.row_number,
      column: f.column_name,
      cell: f.cell,
      value: f.value,
      message: f.message,
    })),
  };
}
