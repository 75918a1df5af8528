import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TEMPLATES, localTable } from '../src/model/local-templates.js';
import { listExtracts } from '../src/store/extracts.js';
import { SCHEMA_VERSION } from '../src/store/schema.js';
import { openStore } from '../src/store/store.js';
import { writeFixture } from './helpers/annex-a-fixture.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

const NEW_TABLES = ['workforce_workers', 'workforce_la', ...LOCAL_TEMPLATES.map(localTable)];

describe('a store written before the workforce tables', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(async () => cleanup());

  it('still opens, keeps its extracts, and gains the new tables', async () => {
    const db = join(dir, 'old.duckdb');
    const file = join(dir, 'annex-a-2024-03-31.xlsx');
    await writeFixture(file, { 1: [{ child_id: 'A', contact_date: '2024-03-01', contact_source: '6' }] });
    expect((await cli('--db', db, 'load', 'annex-a', file)).code).toBe(0);
    // Make it the store version 1 wrote: no workforce or local tables, version 1.
    let store = await openStore(db);
    for (const t of NEW_TABLES) await store.db.run(`DROP TABLE ${t}`);
    await store.db.run("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    await store.close();

    store = await openStore(db);
    try {
      const version = await store.db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
      expect(version[0]?.value).toBe(String(SCHEMA_VERSION));
      expect(SCHEMA_VERSION).toBe(2);
      const tables = await store.db.all<{ table_name: string }>('SELECT table_name FROM information_schema.tables');
      for (const t of NEW_TABLES) expect(tables.map((x) => x.table_name)).toContain(t);
      expect((await listExtracts(store.db)).map((e) => e.fileName)).toEqual(['annex-a-2024-03-31.xlsx']);
      expect((await store.db.all<{ n: number }>('SELECT count(*) AS n FROM annex_a_contacts'))[0]?.n).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('refuses a store written by a newer version', async () => {
    const db = join(dir, 'new.duckdb');
    const store = await openStore(db);
    await store.db.run(`UPDATE meta SET value = '${SCHEMA_VERSION + 1}' WHERE key = 'schema_version'`);
    await store.close();
    await expect(openStore(db)).rejects.toThrow(/written by a newer csc-scorecard/);
  });
});
