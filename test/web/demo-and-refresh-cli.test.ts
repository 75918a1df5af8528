import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('demo accounts and the refresh command', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(async () => cleanup());

  it('demo --no-serve prints a sign-in for each role, with a password made for this run (and does not serve without a terminal)', async () => {
    const r = await cli('demo', '--children', '300', '--months', '2', '--as-at', '2026-09-30', '--dir', join(dir, 'demo'), '--no-serve');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const role of ['admin', 'analyst', 'manager', 'viewer']) expect(r.out).toMatch(new RegExp(`${role}\\s+user name demo-${role}\\s+password [a-z2-9-]{23}`));
    expect(r.out).toMatch(/sees children of .+ only/);
    // Without a terminal (a script, a test) the demo does not start a server and wait on it.
    const again = await cli('demo', '--children', '300', '--months', '2', '--as-at', '2026-09-30', '--dir', join(dir, 'demo'));
    expect(again.out).toContain('The dashboard: npx csc-scorecard');
    const pw = (out: string) => out.match(/demo-admin\s+password (\S+)/)?.[1];
    expect(pw(again.out)).not.toBe(pw(r.out));
    const users = await cli('--db', join(dir, 'demo', 'demo.duckdb'), 'users', 'list');
    expect(users.out.split('\n').filter((l) => l.startsWith('demo-')).length).toBe(4);
  }, 120_000);

  it('refresh loads the inbox for cron, and exits 1 when a file is refused', async () => {
    const inbox = join(dir, 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(join(inbox, 'annex-a-2026-10-31.xlsx'), 'not a workbook');
    const db = join(dir, 'demo', 'demo.duckdb');
    const r = await cli('--db', db, 'refresh', '--inbox', inbox);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/annex-a-2026-10-31\.xlsx: not loaded \(nothing changed\)/);
    expect(existsSync(join(inbox, 'failed', 'annex-a-2026-10-31.xlsx'))).toBe(true);
    const none = await cli('--db', db, 'refresh', '--inbox', inbox);
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/nothing/);
  });
});
