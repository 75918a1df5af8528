import { createHash } from 'node:crypto';
import { type WorkingDayCalendar, calendarRows, createCalendar } from '../model/calendar.js';
import type { IsoDate } from '../model/dates.js';
import { type Database, StoreError } from './database.js';
import { openDuckDb } from './duckdb/duckdb-database.js';
import { SCHEMA_VERSION, allDdl } from './schema.js';
import { ensureCinTables } from './returns-cin-tables.js';
import { ensureSsda903Tables } from './returns-ssda903-tables.js';
import { ensureScorecardTables } from './scorecard-tables.js';
import { ensureWebTables } from './web-tables.js';

export interface StoreOptions {
  /** Local closure days, added to bank holidays in the working-day calendar. */
  readonly closures?: readonly IsoDate[];
}

/** An open store: the database, and the working-day calendar its measures count with. */
export interface Store {
  readonly db: Database;
  readonly calendar: WorkingDayCalendar;
  close(): Promise<void>;
}

/** The calendar table spans these dates; durations reaching outside it count as unknown. */
export const CALENDAR_FIRST: IsoDate = '1990-01-01';
export const CALENDAR_LAST: IsoDate = '2049-12-31';

export async function openStore(path: string, options: StoreOptions = {}): Promise<Store> {
  const calendar = createCalendar(options.closures ?? []);
  const db = await openDuckDb(path);
  try {
    await ensureSchema(db);
    await ensureScorecardTables(db);
    await ensureCinTables(db);
    await ensureSsda903Tables(db);
    await ensureWebTables(db);
    await ensureCalendar(db, calendar);
  } catch (e) {
    await db.close();
    throw e;
  }
  return { db, calendar, close: () => db.close() };
}

async function ensureSchema(db: Database): Promise<void> {
  const existing = await db.all<{ n: number }>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'meta'",
  );
  if ((existing[0]?.n ?? 0) > 0) {
    const v = await db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    const version = Number(v[0]?.value ?? 0);
    if (version > SCHEMA_VERSION) {
      throw new StoreError(`${db.location} was written by a newer csc-scorecard (store version ${version}); upgrade csc-scorecard to open it`);
    }
    if (version === SCHEMA_VERSION) return;
  } else {
    const others = await db.all<{ n: number }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('information_schema', 'pg_catalog')",
    );
    if ((others[0]?.n ?? 0) > 0) {
      throw new StoreError(`${db.location} is a database but not a csc-scorecard store; choose another file with --db`);
    }
  }
  await db.transaction(async () => {
    for (const stmt of allDdl().split(';').map((s) => s.trim()).filter(Boolean)) await db.run(stmt);
    await db.run("INSERT INTO meta VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(SCHEMA_VERSION)]);
  });
}

/** Rebuilds the calendar table when the closure days (or the bundled holidays) change. */
async function ensureCalendar(db: Database, calendar: WorkingDayCalendar): Promise<void> {
  const signature = createHash('sha256')
    .update(JSON.stringify([calendar.holidays, calendar.closures, CALENDAR_FIRST, CALENDAR_LAST]))
    .digest('hex');
  const current = await db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'calendar_signature'");
  if (current[0]?.value === signature) return;
  await db.transaction(async () => {
    await db.run('DELETE FROM calendar');
    const w = await db.bulkWriter('calendar', [
      { name: 'day', type: 'date' },
      { name: 'wd', type: 'integer' },
      { name: 'working', type: 'boolean' },
    ]);
    for (const r of calendarRows(calendar, CALENDAR_FIRST, CALENDAR_LAST)) w.append([r.day, r.index, r.working]);
    w.close();
    await db.run("INSERT INTO meta VALUES ('calendar_signature', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [signature]);
  });
}
