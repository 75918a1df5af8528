import { ANNEX_A_LISTS, type ColumnDef, type ListDef, tableOf, unreadableFlag } from '../model/annex-a-lists.js';
import { LOCAL_TEMPLATES, type LocalTemplate, type TemplateColumnType, localTable } from '../model/local-templates.js';
import {
  CSWW_HEADER_FIELDS,
  CSWW_LA_FIELDS,
  CSWW_WORKER_FIELDS,
  type CensusField,
  WORKFORCE_LA_TABLE,
  WORKFORCE_WORKERS_TABLE,
} from '../model/workforce-census.js';
import type { BulkColumnType } from './database.js';
import { CIN_EXTRACT_TABLES } from './returns-cin-tables.js';
import { SSDA903_EXTRACT_TABLES } from './returns-ssda903-tables.js';

/**
 * Bumped whenever the tables change; the store refuses a file written by a newer version.
 * Every version so far only adds tables, so opening an older store creates what it lacks
 * (every statement is CREATE … IF NOT EXISTS):
 * 1. Annex A lists, extracts, findings, calendar.
 * 2. The workforce census (workforce_workers, workforce_la) and the local templates (local_*).
 */
export const SCHEMA_VERSION = 2;

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
  return [CORE_TABLES, ...ANNEX_A_LISTS.map(listTableDdl), ...LOCAL_TEMPLATES.map(localTableDdl), ...workforceDdl()].join('\n');
}

/** A column of a table built from a declarative description: its name, SQL type and bulk type. */
interface TableColumn {
  readonly name: string;
  readonly sql: string;
  readonly bulk: BulkColumnType;
}

const DATE_COLUMN = { sql: 'DATE', bulk: 'date' } as const;
const TEXT_COLUMN = { sql: 'VARCHAR', bulk: 'text' } as const;

/**
 * A value column and, when it is typed (not free text), its `_unreadable` flag: a value the file
 * held but that could not be read is stored as blank, and must stay distinguishable from a
 * blank in the file (a row with an unreadable date leaves a measure; a blank one may not).
 */
function valueColumns(key: string, kind: { sql: string; bulk: BulkColumnType }, flagged: boolean): TableColumn[] {
  const out: TableColumn[] = [{ name: key, ...kind }];
  if (flagged) out.push({ name: unreadableFlag(key), sql: 'BOOLEAN NOT NULL DEFAULT false', bulk: 'boolean' });
  return out;
}

/** Whether a column of this type has an `_unreadable` flag beside it (every type but free text). */
export function hasUnreadableFlag(type: TemplateColumnType | CensusField['type']): boolean {
  return type !== 'text';
}

function templateKind(type: TemplateColumnType): { sql: string; bulk: BulkColumnType } {
  switch (type) {
    case 'date':
    case 'month':
      return DATE_COLUMN;
    case 'decimal':
      return { sql: 'DOUBLE', bulk: 'double' };
    default:
      return TEXT_COLUMN;
  }
}

function censusKind(field: CensusField): { sql: string; bulk: BulkColumnType } {
  switch (field.type) {
    case 'date':
    case 'month':
      return DATE_COLUMN;
    case 'decimal':
      return { sql: 'DOUBLE', bulk: 'double' };
    case 'integer':
      return { sql: 'INTEGER', bulk: 'integer' };
    case 'yesNo':
      return { sql: 'BOOLEAN', bulk: 'boolean' };
    default:
      return TEXT_COLUMN;
  }
}

/** A local template's table: the extract and the CSV line first, then the template's columns. */
export function localTableColumns(t: LocalTemplate): TableColumn[] {
  return [
    { name: 'extract_id', sql: 'INTEGER NOT NULL', bulk: 'integer' },
    { name: 'row_number', sql: 'INTEGER NOT NULL', bulk: 'integer' },
    ...t.columns.flatMap((c) => valueColumns(c.key, templateKind(c.type), hasUnreadableFlag(c.type))),
  ];
}

/** One row per `CSWWWorker`: the extract, the worker's position in the file and line, then the fields. */
export function workforceWorkerColumns(): TableColumn[] {
  return [
    { name: 'extract_id', sql: 'INTEGER NOT NULL', bulk: 'integer' },
    { name: 'position', sql: 'INTEGER NOT NULL', bulk: 'integer' },
    { name: 'line_number', sql: 'INTEGER', bulk: 'integer' },
    ...CSWW_WORKER_FIELDS.flatMap((f) => valueColumns(f.key, censusKind(f), hasUnreadableFlag(f.type))),
  ];
}

/** One row per census file: its header and `LALevelVacancies`. */
export function workforceLaColumns(): TableColumn[] {
  return [
    { name: 'extract_id', sql: 'INTEGER NOT NULL', bulk: 'integer' },
    ...[...CSWW_HEADER_FIELDS, ...CSWW_LA_FIELDS].flatMap((f) => valueColumns(f.key, censusKind(f), hasUnreadableFlag(f.type))),
  ];
}

function tableDdl(table: string, columns: readonly TableColumn[]): string {
  return `CREATE TABLE IF NOT EXISTS ${table} (\n  ${columns.map((c) => `${c.name} ${c.sql}`).join(',\n  ')}\n);`;
}

export function localTableDdl(t: LocalTemplate): string {
  return tableDdl(localTable(t), localTableColumns(t));
}

export function workforceDdl(): string[] {
  return [tableDdl(WORKFORCE_WORKERS_TABLE, workforceWorkerColumns()), tableDdl(WORKFORCE_LA_TABLE, workforceLaColumns())];
}

/** Column order and types for bulk-writing a table built from a declarative description. */
export function bulkColumns(columns: readonly TableColumn[]): { name: string; type: BulkColumnType }[] {
  return columns.map((c) => ({ name: c.name, type: c.bulk }));
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
  return [
    'findings',
    'sheet_columns',
    ...ANNEX_A_LISTS.map(tableOf),
    WORKFORCE_WORKERS_TABLE,
    WORKFORCE_LA_TABLE,
    ...LOCAL_TEMPLATES.map(localTable),
    ...CIN_EXTRACT_TABLES,
    ...SSDA903_EXTRACT_TABLES,
  ];
}
