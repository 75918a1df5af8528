import { ANNEX_A_LISTS, type ColumnDef, type ListDef, tableOf, unreadableFlag } from '../model/annex-a-lists.js';
import type { BulkColumnType } from './database.js';

/** Bumped whenever the tables change; the store refuses a file written by a newer version. */
export const SCHEMA_VERSION = 1;

export const CORE_TABLES = `
CREATE TABLE IF NOT EXISTS meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS extracts (
  extract_id INTEGER PRIMARY KEY,
  source VARCHAR NOT NULL,
  as_at DATE NOT NULL,
  as_at_basis VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  file_bytes BIGINT NOT NULL,
  loaded_at VARCHAR NOT NULL,
  loaded_by VARCHAR,
  row_counts VARCHAR NOT NULL,
  finding_counts VARCHAR NOT NULL,
  sheets VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS findings (
  extract_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  rule VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  list INTEGER,
  sheet VARCHAR,
  row_number INTEGER,
  column_name VARCHAR,
  cell VARCHAR,
  child_id VARCHAR,
  value VARCHAR,
  message VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS sheet_columns (
  extract_id INTEGER NOT NULL,
  list INTEGER NOT NULL,
  sheet VARCHAR NOT NULL,
  column_key VARCHAR NOT NULL,
  header VARCHAR NOT NULL,
  letter VARCHAR NOT NULL,
  match VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS calendar (
  day DATE NOT NULL,
  wd INTEGER NOT NULL,
  working BOOLEAN NOT NULL
);
`;

function sqlType(c: ColumnDef): string {
  switch (c.type) {
    case 'date':
      return 'DATE';
    case 'integer':
      return 'INTEGER';
    default:
      return 'VARCHAR';
  }
}

/**
 * A list's table: the extract and source row first, then the canonical columns in the
 * template's order; each date column has a `_unreadable` flag, because an unreadable date
 * must leave a row out of a measure where a blank one keeps it in.
 */
export function listTableDdl(list: ListDef): string {
  const cols = ['extract_id INTEGER NOT NULL', 'sheet VARCHAR NOT NULL', 'row_number INTEGER NOT NULL'];
  for (const c of list.columns) {
    cols.push(`${c.key} ${sqlType(c)}`);
    if (c.type === 'date') cols.push(`${unreadableFlag(c.key)} BOOLEAN NOT NULL DEFAULT false`);
  }
  return `CREATE TABLE IF NOT EXISTS ${tableOf(list)} (\n  ${cols.join(',\n  ')}\n);`;
}

export function allDdl(): string {
  return [CORE_TABLES, ...ANNEX_A_LISTS.map(listTableDdl)].join('\n');
}

/** Column order and types for bulk-writing a list's rows. */
export function listBulkColumns(list: ListDef): { name: string; type: BulkColumnType }[] {
  const out: { name: string; type: BulkColumnType }[] = [
    { name: 'extract_id', type: 'integer' },
    { name: 'sheet', type: 'text' },
    { name: 'row_number', type: 'integer' },
  ];
  for (const c of list.columns) {
    out.push({ name: c.key, type: c.type === 'date' ? 'date' : c.type === 'integer' ? 'integer' : 'text' });
    if (c.type === 'date') out.push({ name: unreadableFlag(c.key), type: 'boolean' });
  }
  return out;
}

export const FINDING_COLUMNS: { name: string; type: BulkColumnType }[] = [
  { name: 'extract_id', type: 'integer' },
  { name: 'seq', type: 'integer' },
  { name: 'rule', type: 'text' },
  { name: 'severity', type: 'text' },
  { name: 'list', type: 'integer' },
  { name: 'sheet', type: 'text' },
  { name: 'row_number', type: 'integer' },
  { name: 'column_name', type: 'text' },
  { name: 'cell', type: 'text' },
  { name: 'child_id', type: 'text' },
  { name: 'value', type: 'text' },
  { name: 'message', type: 'text' },
];

/** Tables that hold an extract's rows (deleted together when an extract is replaced). */
export function extractTables(): string[] {
  return ['findings', 'sheet_columns', ...ANNEX_A_LISTS.map(tableOf)];
}
