import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TEMPLATES, localTable } from '../src/model/local-templates.js';
import { generateWorkforceFiles } from '../src/synthetic/census/index.js';
import { openStore } from '../src/store/store.js';
import { spawnCli } from './helpers/spawn-cli.js';
import { tempDir } from './helpers/temp-dir.js';

async function counts(db: string): Promise<Record<string, number>> {
  const store = await openStore(db);
  try {
    const out: Record<string, number> = {};
    for (const t of ['extracts', 'findings', 'workforce_workers', 'workforce_la', ...LOCAL_TEMPLATES.map(localTable)]) {
      out[t] = (await store.db.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]?.n ?? -1;
    }
    return out;
  } finally {
    await store.close();
  }
}

/** The built command line, killed with the transaction open: nothing of the load may remain. */
describe('a workforce or local load is one transaction', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let db: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    db = join(dir, 'store.duckdb');
    await generateWorkforceFiles({ children: 300, asAt: '2024-03-31', months: 1, seed: 4, outDir: dir, inject: 0.02 });
    const first = await spawnCli(['--db', db, 'load', 'local', 'supervision', join(dir, 'supervision-2024-03-31.csv')]);
    expect(first.code, first.err).toBe(0);
  });
  afterAll(async () => cleanup());

  it('leaves the store as it was when the process dies before commit', async () => {
    const before = await counts(db);
    for (const args of [['workforce', join(dir, 'csww-2023-09-30.xml')], ['local', 'audits', join(dir, 'audits-2024-03-31.csv')]]) {
      const killed = await spawnCli(['--db', db, 'load', ...args], { env: { CSC_SCORECARD_FAULT: 'before-commit' } });
      expect(killed.signal, args.join(' ')).toBe('SIGKILL');
      expect(await counts(db)).toEqual(before);
    }
    const again = await spawnCli(['--db', db, 'load', 'workforce', join(dir, 'csww-2023-09-30.xml')]);
    expect(again.code, again.err).toBe(0);
    const after = await counts(db);
    expect(after.extracts).toBe((before.extracts ?? 0) + 1);
    expect(after.workforce_workers).toBeGreaterThan(0);
  });
});
