import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExtracts } from '../src/store/extracts.js';
import { openStore } from '../src/store/store.js';
import { writeFixture } from './helpers/annex-a-fixture.js';
import { spawnCli } from './helpers/spawn-cli.js';
import { tempDir } from './helpers/temp-dir.js';

async function snapshot(db: string): Promise<{ extracts: number[]; rows: number; findings: number }> {
  const store = await openStore(db);
  try {
    const extracts = (await listExtracts(store.db)).map((e) => e.extractId);
    const rows = (await store.db.all<{ n: number }>('SELECT count(*) AS n FROM annex_a_contacts'))[0]?.n ?? -1;
    const findings = (await store.db.all<{ n: number }>('SELECT count(*) AS n FROM findings'))[0]?.n ?? -1;
    return { extracts, rows, findings };
  } finally {
    await store.close();
  }
}

describe('a load is one transaction', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let db: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    db = join(dir, 'store.duckdb');
    const first = join(dir, 'first.xlsx');
    await writeFixture(first, { 1: [{ child_id: 'A', contact_date: '2024-03-01', contact_source: '6' }] });
    const r = await spawnCli(['--db', db, 'load', 'annex-a', first, '--as-at', '2024-03-31']);
    expect(r.code, r.err).toBe(0);
  });
  afterAll(async () => cleanup());

  it('leaves the store as it was when the process is killed before commit', async () => {
    const before = await snapshot(db);
    expect(before.extracts).toEqual([1]);
    const second = join(dir, 'second.xlsx');
    await writeFixture(second, {
      1: Array.from({ length: 500 }, (_, i) => ({ child_id: `K${i}`, contact_date: '2024-04-02', contact_source: '6' })),
    });
    const killed = await spawnCli(['--db', db, 'load', 'annex-a', second, '--as-at', '2024-04-30'], {
      env: { CSC_SCORECARD_FAULT: 'before-commit' },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(await snapshot(db)).toEqual(before);
    // The store still works, and the same file then loads normally.
    const again = await spawnCli(['--db', db, 'load', 'annex-a', second, '--as-at', '2024-04-30']);
    expect(again.code, again.err).toBe(0);
    const after = await snapshot(db);
    expect(after.extracts).toEqual([1, 2]);
    expect(after.rows).toBe(before.rows + 500);
  });

  it('is all or nothing when killed at an arbitrary moment of a larger load', async () => {
    const big = join(dir, 'big.xlsx');
    await writeFixture(big, {
      1: Array.from({ length: 30_000 }, (_, i) => ({ child_id: `B${i}`, contact_date: '2024-05-02', contact_source: '6', ethnicity: i % 7 ? 'WBRI' : null })),
    });
    const before = await snapshot(db);
    for (const ms of [250, 600]) {
      await spawnCli(['--db', db, 'load', 'annex-a', big, '--as-at', '2024-05-31', '--replace'], { killAfterMs: ms });
      const s = await snapshot(db);
      if (s.extracts.length === before.extracts.length) expect(s).toEqual(before);
      else {
        expect(s.rows).toBe(before.rows + 30_000);
        expect(s.extracts).toHaveLength(before.extracts.length + 1);
      }
    }
  });
});
