import { SSDA903_TABLE_DEFS, SSDA903_TABLES, type Ssda903Table } from '../model/ssda903.js';
import type { BulkColumnType, Database } from './database.js';

/**
 * The SSDA903 in the store: one table per return table (`ssda903_header`, `ssda903_episodes`…),
 * each row keyed by its extract and its row in the file (the `row` of the validator's
 * findings; the child's position for the XML form). Columns are the return's, lower-cased.
 * Date columns are DATE with an `_unreadable` flag: a value that is not dd/mm/yyyy is stored
 * blank, flagged, and its text kept in the load's findings (rule `date-format`). Codes are kept
 * upper-cased as the DfE tools compare them. Created if missing, so an older store gains them.
 */
export interface Ssda903Column {
  readonly name: string;
  readonly sql: string;
  readonly bulk: BulkColumnType;
  /** The return's column it holds (null for the keys and flags). */
  readonly source: string | null;
  readonly kind: 'key' | 'text' | 'date' | 'flag';
}

export function ssda903StoreTable(t: Ssda903Table): string {
  return `ssda903_${t.toLowerCase()}`;
}

export function ssda903Columns(t: Ssda903Table): Ssda903Column[] {
  const def = SSDA903_TABLE_DEFS[t];
  const cols: Ssda903Column[] = [
    { name: 'extract_id', sql: 'INTEGER NOT NULL', bulk: 'integer', source: null, kind: 'key' },
    { name: 'file_name', sql: 'VARCHAR', bulk: 'text', source: null, kind: 'key' },
    { name: 'row_number', sql: 'INTEGER NOT NULL', bulk: 'integer', source: null, kind: 'key' },
  ];
  for (const c of def.columns) {
    if (def.dates.includes(c)) {
      cols.push({ name: c.toLowerCase(), sql: 'DATE', bulk: 'date', source: c, kind: 'date' });
      cols.push({ name: `${c.toLowerCase()}_unreadable`, sql: 'BOOLEAN NOT NULL DEFAULT false', bulk: 'boolean', source: c, kind: 'flag' });
    } else cols.push({ name: c.toLowerCase(), sql: 'VARCHAR', bulk: 'text', source: c, kind: 'text' });
  }
  return cols;
}

/** The tables an SSDA903 extract's rows are in (deleted with the extract by --replace). */
export const SSDA903_EXTRACT_TABLES: readonly string[] = SSDA903_TABLES.map(ssda903StoreTable);

export function ssda903Ddl(): string[] {
  return SSDA903_TABLES.map((t) => `CREATE TABLE IF NOT EXISTS ${ssda903StoreTable(t)} (\n  ${ssda903Columns(t).map((c) => `${c.name} ${c.sql}`).join(',\n  ')}\n)`);
}

export async function ensureSsda903Tables(db: Database): Promise<void> {
  for (const ddl of ssda903Ddl()) await db.run(ddl);
}
