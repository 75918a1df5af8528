import type { Database } from './database.js';

/**
 * Tables the web dashboard keeps beside the extracts: its users, their sessions, the audit log
 * of every view and export of child-level data, the runs of the overnight refresh, and the
 * state of sign-ins in progress with an identity provider. Created if missing, so any store
 * gains them on opening. Uniqueness (one user per name) is kept by the code that writes, which
 * runs one write at a time; DuckDB's indexes would refuse some in-transaction updates.
 */
export const WEB_DDL = [
  `CREATE TABLE IF NOT EXISTS web_users (
    user_id INTEGER NOT NULL,
    username VARCHAR NOT NULL,
    display_name VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    teams VARCHAR NOT NULL,
    password_hash VARCHAR,
    source VARCHAR NOT NULL,
    subject VARCHAR,
    disabled BOOLEAN NOT NULL DEFAULT false,
    created_at VARCHAR NOT NULL,
    updated_at VARCHAR NOT NULL
  )`,
  // The session token itself is never stored, only its SHA-256: reading the store gives no
  // one a way into a live session.
  `CREATE TABLE IF NOT EXISTS web_sessions (
    token_hash VARCHAR NOT NULL,
    user_id INTEGER NOT NULL,
    csrf_token VARCHAR NOT NULL,
    handle_key VARCHAR NOT NULL,
    created_at VARCHAR NOT NULL,
    last_seen_at VARCHAR NOT NULL,
    expires_at VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS audit_log (
    entry_id BIGINT NOT NULL,
    entered_at VARCHAR NOT NULL,
    user_id INTEGER,
    username VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    action VARCHAR NOT NULL,
    child_id VARCHAR,
    measure_id VARCHAR,
    as_at DATE,
    rows_shown INTEGER,
    detail VARCHAR NOT NULL,
    client VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS refresh_runs (
    run_id INTEGER NOT NULL,
    trigger VARCHAR NOT NULL,
    started_at VARCHAR NOT NULL,
    finished_at VARCHAR,
    duration_ms INTEGER,
    status VARCHAR NOT NULL,
    files VARCHAR NOT NULL,
    message VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS oidc_states (
    state_hash VARCHAR NOT NULL,
    code_verifier VARCHAR NOT NULL,
    nonce VARCHAR NOT NULL,
    return_to VARCHAR NOT NULL,
    expires_at VARCHAR NOT NULL
  )`,
];

export async function ensureWebTables(db: Database): Promise<void> {
  for (const ddl of WEB_DDL) await db.run(ddl);
}
