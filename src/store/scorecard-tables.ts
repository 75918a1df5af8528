import type { Database } from './database.js';

/**
 * Tables the scorecard keeps beside the extracts: benchmarks loaded by the user, the service's
 * commentary, and the figures of each published (frozen) month. Created if missing, so a store
 * from an earlier version gains them on opening.
 */
export const SCORECARD_DDL = [
  `CREATE TABLE IF NOT EXISTS benchmarks (
    measure_id VARCHAR NOT NULL,
    benchmark VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    year VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    source VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    loaded_at VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS commentary (
    entry_id INTEGER NOT NULL,
    subject VARCHAR NOT NULL,
    month VARCHAR NOT NULL,
    area_of_focus VARCHAR NOT NULL,
    response VARCHAR NOT NULL,
    update_text VARCHAR NOT NULL,
    author VARCHAR NOT NULL,
    written_on DATE NOT NULL,
    entered_at VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS published_figures (
    month VARCHAR NOT NULL,
    measure_id VARCHAR NOT NULL,
    as_at DATE NOT NULL,
    extract_id INTEGER,
    value DOUBLE,
    numerator DOUBLE,
    denominator DOUBLE,
    coverage BOOLEAN NOT NULL,
    published_at VARCHAR NOT NULL,
    published_by VARCHAR
  )`,
];

export async function ensureScorecardTables(db: Database): Promise<void> {
  for (const ddl of SCORECARD_DDL) await db.run(ddl);
}
