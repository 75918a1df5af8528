import { UserError } from '../user-error.js';

/**
 * The one small interface every storage engine implements. Measures, quality rules and loads
 * speak SQL through it; only the adapter knows the driver. SQL written against it sticks to
 * what DuckDB and PostgreSQL share ($1 parameters, CAST, standard window functions).
 */
export type SqlValue = string | number | boolean | null;

export type Row = Record<string, SqlValue>;

export type BulkColumnType = 'text' | 'integer' | 'date' | 'boolean' | 'bigint' | 'double';

/** Appends many rows to one table inside the current transaction. */
export interface BulkWriter {
  /** Values in the order of the columns given; dates as day numbers since 1970-01-01. */
  append(values: readonly SqlValue[]): void;
  /** Writes what is buffered (still inside the transaction). */
  flush(): void;
  close(): void;
}

export interface Database {
  readonly engine: 'duckdb' | 'postgres';
  readonly location: string;
  /** Runs a statement; resolves with the number of rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Rows as plain objects: dates as `YYYY-MM-DD`, integers as numbers. */
  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  bulkWriter(table: string, columns: readonly { name: string; type: BulkColumnType }[]): Promise<BulkWriter>;
  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Another connection to the same store, with transactions of its own: while one connection
   * loads an extract (a long transaction), queries on another see only committed data, and
   * writes made there are not swept into the load (nor rolled back with it). The web app needs
   * this; closing it closes only that connection.
   */
  connect(): Promise<Database>;
  close(): Promise<void>;
}

/** The store cannot be opened or used; the message is for the user. */
export class StoreError extends UserError {}
