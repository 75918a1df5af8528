import { SSDA903_TABLE_DEFS, SSDA903_TABLES, type Ssda903Table } from '../../model/ssda903.js';

/** How a CSV file's header row was tied to a table of the return. */
export interface TableMatch {
  readonly table: Ssda903Table;
  /** `exact`: the header set is the table's; `partial`: the nearest table, with columns missing or extra. */
  readonly match: 'exact' | 'partial';
  /** Index in the file of each of the table's columns (absent: the file lacks it). */
  readonly positions: ReadonlyMap<string, number>;
  readonly missing: readonly string[];
  /** Header cells that are no column of the table (with their position). */
  readonly extra: readonly { header: string; index: number }[];
  /** Columns named twice (the first is read). */
  readonly repeated: readonly string[];
}

/** A header cell as the DfE tools compare it: trimmed, upper case, no byte-order mark. */
export function headerName(cell: string): string {
  return cell.replace(/^\ufeff/, '').trim().toUpperCase();
}

/**
 * The table a header row belongs to. The DfE tools accept only a file whose header set is
 * exactly a table's; this also accepts the nearest table when at least two thirds of its
 * columns are there and no other table is as near (CHILD always required), so that a file with
 * a column missing or one extra is read and reported, not rejected. Null when no table fits.
 */
export function identifyTable(headers: readonly string[]): TableMatch | null {
  const names = headers.map(headerName);
  const present = new Set(names.filter((n) => n !== ''));
  if (!present.has('CHILD')) return null;
  let best: { table: Ssda903Table; score: number } | null = null;
  let tie = false;
  for (const t of SSDA903_TABLES) {
    const cols = SSDA903_TABLE_DEFS[t].columns;
    const hits = cols.filter((c) => present.has(c)).length;
    const extras = [...present].filter((p) => !cols.includes(p)).length;
    if (hits === cols.length && extras === 0) return build(t, names, 'exact');
    if (hits < Math.ceil((cols.length * 2) / 3)) continue;
    // Columns found, less a small charge for extra ones: Header (7 columns) beats UASC (4) on a
    // Header file missing a column, and a table is never chosen for columns it lacks.
    const score = hits - extras * 0.1 - (cols.length - hits) * 0.5;
    if (!best || score > best.score) {
      best = { table: t, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? build(best.table, names, 'partial') : null;
}

function build(table: Ssda903Table, names: readonly string[], match: 'exact' | 'partial'): TableMatch {
  const cols = SSDA903_TABLE_DEFS[table].columns;
  const positions = new Map<string, number>();
  const extra: { header: string; index: number }[] = [];
  const repeated: string[] = [];
  names.forEach((n, index) => {
    if (n === '') return;
    if (!cols.includes(n)) extra.push({ header: n, index });
    else if (positions.has(n)) repeated.push(n);
    else positions.set(n, index);
  });
  return { table, match, positions, missing: cols.filter((c) => !positions.has(c)), extra, repeated };
}
