import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRuns } from '../../src/jobs/refresh-runs.js';
import { refreshInbox } from '../../src/jobs/refresh.js';
import type { Database } from '../../src/store/database.js';
import { writeFixture } from '../helpers/annex-a-fixture.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

/** Row counts of every table the loads write: the store's state, for before/after comparisons. */
async function storeState(db: Database): Promise<string> {
  const tables = ['extracts', 'findings', 'sheet_columns', 'annex_a_contacts', 'annex_a_referrals', 'annex_a_cin', 'annex_a_cp'];
  const counts = [];
  for (const t of tables) counts.push(`${t}=${(await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]?.n}`);
  const meta = await db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'last_extract_id'");
  return `${counts.join(' ')} last_extract_id=${meta[0]?.value}`;
}

describe('overnight refresh from the inbox', () => {
  let f: WebFixture;
  let inbox: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir: inbox, cleanup } = await tempDir('csc-inbox-'));
    f = await webFixture({ deps: { inbox } });
  });
  afterAll(async () => {
    await f?.close();
    await cleanup();
  });

  it('a file that fails half-way through its load changes nothing, and is moved aside with the reason', async () => {
    // Rows are read and stored, then the load finds it cannot tell the as-at date: it must all go.
    await writeFixture(join(inbox, 'export.xlsx'), { 1: [{ child_id: 'ZULU-001', contact_source: '1A' }] });
    const before = await storeState(f.store.db);
    const run = await f.deps.refresh.runInbox('test');
    expect(run.status).toBe('failed');
    expect(run.files[0]).toMatchObject({ file: 'export.xlsx', status: 'failed' });
    expect(run.files[0]?.error).toMatch(/as-at date/);
    expect(await storeState(f.store.db)).toBe(before);
    expect(await f.store.db.all("SELECT * FROM annex_a_contacts WHERE child_id = 'ZULU-001'")).toEqual([]);
    expect(existsSync(join(inbox, 'failed', 'export.xlsx'))).toBe(true);
    expect(await readFile(join(inbox, 'failed', 'export.xlsx.reason.txt'), 'utf8')).toMatch(/as-at date/);
  });

  it('loads new files, moves them to processed/, records the run, and the pages show the new data', async () => {
    const { cookie } = await f.cookieFor(f.users.analyst);
    expect(await (await f.app.request('/scorecard', { headers: { cookie } })).text()).toContain('Scorecard for April 2024');
    await writeFixture(join(inbox, 'annex-a-2024-05-31.xlsx'), { 6: [{ child_id: 'ALPHA-001', cin_start: '2023-11-01', team: 'Team A', worker: 'Ann Smith' }] });
    await writeFile(join(inbox, 'annex-a-2024-06-30.xlsx'), 'this is not a workbook');
    await writeFile(join(inbox, 'notes.txt'), 'not a return');
    const run = await f.deps.refresh.runInbox('test');
    expect(run.status).toBe('partial');
    expect(run.files.map((x) => [x.file, x.status])).toEqual([
      ['annex-a-2024-05-31.xlsx', 'loaded'],
      ['annex-a-2024-06-30.xlsx', 'failed'],
      ['notes.txt', 'failed'],
    ]);
    expect(run.durationMs).toBeGreaterThan(0);
    expect(run.files[0]).toMatchObject({ asAt: '2024-05-31', rows: 1 });
    expect((await readdir(join(inbox, 'processed'))).sort()).toEqual(['annex-a-2024-05-31.xlsx']);
    expect((await readdir(inbox)).filter((n) => !['processed', 'failed'].includes(n))).toEqual([]);
    expect(await (await f.app.request('/scorecard', { headers: { cookie } })).text()).toContain('Scorecard for May 2024');
    const status = await (await f.app.request('/status', { headers: { cookie } })).text();
    expect(status).toContain('annex-a-2024-05-31.xlsx');
    expect(status).toContain('partial');
  });

  it('records a run with nothing to do as such', async () => {
    const run = await f.deps.refresh.runInbox('test');
    expect(run.status).toBe('nothing');
    expect((await listRuns(f.store.db, 1))[0]?.status).toBe('nothing');
  });

  it('refreshInbox works on its own (the command for cron) and refuses a missing inbox', async () => {
    await expect(refreshInbox(f.store.db, { inbox: join(inbox, 'missing'), trigger: 'command', loadedBy: 'test' })).rejects.toThrow(/does not exist/);
    await mkdir(join(inbox, 'sub'), { recursive: true });
    const run = await refreshInbox(f.store.db, { inbox, trigger: 'command', loadedBy: 'test' });
    expect(run.files).toEqual([]);
  });
});
