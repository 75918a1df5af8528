import { isValidYmd, ymdToDay } from '../../model/dates.js';
import { SSDA903_TABLE_DEFS, SSDA903_TABLES, type Ssda903Table } from '../../model/ssda903.js';

/**
 * One table of an SSDA903 return, held column-wise: each column an array of the text the file
 * held (trimmed; null when blank). Rules read columns, never rows, so 150 rules over 100 000
 * episodes touch each value a handful of times; upper-cased text, dates as day numbers and the
 * rows of each child are worked out once, when first asked for, and kept.
 */
export class ReturnTable {
  private readonly upper = new Map<string, readonly (string | null)[]>();
  private readonly days = new Map<string, Float64Array>();
  private children: Map<string, number[]> | null = null;

  constructor(
    readonly name: Ssda903Table,
    /** The file the rows came from (null for a table the return does not include). */
    readonly file: string | null,
    private readonly columns: ReadonlyMap<string, readonly (string | null)[]>,
    /** Per row: its 1-based data row in the CSV file, or the child's position in the XML file. */
    readonly rowNumbers: ArrayLike<number>,
  ) {}

  /** A table with every column of its definition and no rows: a table the return does not include. */
  static empty(name: Ssda903Table): ReturnTable {
    return new ReturnTable(name, null, new Map(SSDA903_TABLE_DEFS[name].columns.map((c) => [c, []])), []);
  }

  get length(): number {
    return this.rowNumbers.length;
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  columnNames(): string[] {
    return [...this.columns.keys()];
  }

  /** The column as the file held it. A column the file lacks throws: the rule reading it fails to run. */
  raw(column: string): readonly (string | null)[] {
    const c = this.columns.get(column);
    if (!c) throw new MissingColumnError(this, column);
    return c;
  }

  /** The column upper-cased, as codes are compared (the DfE tools upper-case every value). */
  text(column: string): readonly (string | null)[] {
    let c = this.upper.get(column);
    if (!c) {
      c = this.raw(column).map((v) => (v === null ? null : v.toUpperCase()));
      this.upper.set(column, c);
    }
    return c;
  }

  /** The column as day numbers: NaN where blank or not a dd/mm/yyyy date. */
  day(column: string): Float64Array {
    let c = this.days.get(column);
    if (!c) {
      const raw = this.raw(column);
      c = new Float64Array(raw.length);
      for (let i = 0; i < raw.length; i++) c[i] = parseDayFirst(raw[i] ?? null);
      this.days.set(column, c);
    }
    return c;
  }

  /** Rows by child (CHILD upper-cased), in file order. */
  byChild(): ReadonlyMap<string, readonly number[]> {
    if (!this.children) {
      const ids = this.text('CHILD');
      const m = new Map<string, number[]>();
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id === null || id === undefined) continue;
        const rows = m.get(id);
        if (rows) rows.push(i);
        else m.set(id, [i]);
      }
      this.children = m;
    }
    return this.children;
  }
}

/** A rule read a column the file does not have. */
export class MissingColumnError extends Error {
  constructor(table: ReturnTable, column: string) {
    super(`the ${table.name} table${table.file ? ` (${table.file})` : ''} has no ${column} column`);
    this.name = 'MissingColumnError';
  }
}

/** One collection's return: every table (empty when not supplied), the format it came in, and which were supplied. */
export interface Ssda903Return {
  readonly format: 'csv' | 'xml';
  readonly tables: Readonly<Record<Ssda903Table, ReturnTable>>;
  readonly supplied: ReadonlySet<Ssda903Table>;
}

/** The tables of a return, the absent ones empty. */
export function makeReturn(format: 'csv' | 'xml', given: Partial<Record<Ssda903Table, ReturnTable>>): Ssda903Return {
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, given[t] ?? ReturnTable.empty(t)])) as Record<Ssda903Table, ReturnTable>;
  return { format, tables, supplied: new Set(Object.keys(given) as Ssda903Table[]) };
}

const DATE_MEMO = new Map<string, number>();
const DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A dd/mm/yyyy date as a day number, NaN when blank or anything else: the return's only date
 * form. `2024-03-31`, `31/03/24` and `31/02/2024` are not dates of the return (the DfE tool
 * parses with `%d/%m/%Y` and treats anything else as invalid), so the format rules report them.
 */
export function parseDayFirst(text: string | null): number {
  if (text === null) return NaN;
  const known = DATE_MEMO.get(text);
  if (known !== undefined) return known;
  const m = DATE_RE.exec(text);
  let day = NaN;
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (isValidYmd(y, mo, d) && y >= 1800) day = ymdToDay(y, mo, d);
  }
  if (DATE_MEMO.size < 200_000) DATE_MEMO.set(text, day);
  return day;
}
