import { existsSync } from 'node:fs';
import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDateValue,
  DuckDBInstance,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { BulkColumnType, BulkWriter, Database, Row, SqlValue } from '../database.js';
import { StoreError } from '../database.js';

/** The embedded default: one DuckDB file, opened by one process at a time. */
export async function openDuckDb(path: string): Promise<Database> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path);
  } catch (e) {
    const msg = (e as Error).message;
    if (/lock/i.test(msg)) {
      throw new StoreError(`the store ${path} is in use by another csc-scorecard process (DuckDB allows one writer); wait for it to finish`);
    }
    if (existsSync(path)) throw new StoreError(`${path} cannot be opened as a csc-scorecard store: ${firstLine(msg)}`);
    throw new StoreError(`cannot create the store ${path}: ${firstLine(msg)}`);
  }
  const connection = await instance.connect();
  return new DuckDbDatabase(path, instance, connection);
}

class DuckDbDatabase implements Database {
  readonly engine = 'duckdb' as const;
  private inTransaction = false;

  constructor(
    readonly location: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** Only the first connection owns the instance; closing another closes just itself. */
    private readonly ownsInstance = true,
  ) {}

  async connect(): Promise<Database> {
    return new DuckDbDatabase(this.location, this.instance, await this.instance.connect(), false);
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    const result = await this.connection.run(sql, params ? (params as DuckDBValue[]) : undefined);
    return Number(result.rowsChanged);
  }

  async all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params ? (params as DuckDBValue[]) : undefined);
    return reader.getRowObjectsJS().map((r) => toPlain(r) as T);
  }

  async bulkWriter(table: string, columns: readonly { name: string; type: BulkColumnType }[]): Promise<BulkWriter> {
    const appender = await this.connection.createAppender(table);
    return new DuckDbBulkWriter(appender, columns.map((c) => c.type));
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    await this.connection.run('BEGIN TRANSACTION');
    this.inTransaction = true;
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (e) {
      await this.connection.run('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      this.inTransaction = false;
    }
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}

class DuckDbBulkWriter implements BulkWriter {
  constructor(
    private readonly appender: DuckDBAppender,
    private readonly types: readonly BulkColumnType[],
  ) {}

  append(values: readonly SqlValue[]): void {
    const a = this.appender;
    for (let i = 0; i < this.types.length; i++) {
      const v = values[i];
      if (v === null || v === undefined) {
        a.appendNull();
        continue;
      }
      switch (this.types[i]) {
        case 'text':
          a.appendVarchar(String(v));
          break;
        case 'integer':
          a.appendInteger(v as number);
          break;
        case 'bigint':
          a.appendBigInt(BigInt(v as number));
          break;
        case 'date':
          a.appendDate(new DuckDBDateValue(v as number));
          break;
        case 'boolean':
          a.appendBoolean(Boolean(v));
          break;
        case 'double':
          a.appendDouble(v as number);
          break;
      }
    }
    a.endRow();
  }

  flush(): void {
    this.appender.flushSync();
  }

  close(): void {
    this.appender.closeSync();
  }
}

function toPlain(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
  return out;
}

function plainValue(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
