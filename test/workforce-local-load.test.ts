import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWE_SECRET_ENV, loadWorkforce } from '../src/jobs/load-workforce.js';
import { LOCAL_KINDS, LOCAL_TEMPLATES, localTable } from '../src/model/local-templates.js';
import { simulateAuthority } from '../src/synthetic/authority.js';
import { type InjectedError, generateWorkforceFiles } from '../src/synthetic/census/index.js';
import { listExtracts } from '../src/store/extracts.js';
import { type Store, openStore } from '../src/store/store.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

/** Everything an extract can leave behind, to prove a refused load leaves nothing. */
async function footprint(store: Store): Promise<Record<string, number>> {
  const tables = ['extracts', 'findings', 'workforce_workers', 'workforce_la', ...LOCAL_TEMPLATES.map(localTable)];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await store.db.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]?.n ?? -1;
  out.meta = (await store.db.all<{ n: number }>("SELECT count(*) AS n FROM meta WHERE key = 'swe_hash_key'"))[0]?.n ?? -1;
  return out;
}

async function withDb<T>(db: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe('loading the workforce census and the local templates', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const options = { children: 500, asAt: '2024-03-31', months: 3, seed: 11 } as const;
  let clean: string;
  let bad: string;
  let injected: Map<string, InjectedError[]>;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('csc-workforce-'));
    clean = join(dir, 'clean');
    bad = join(dir, 'bad');
    const authority = simulateAuthority(options);
    await generateWorkforceFiles({ ...options, outDir: clean }, authority);
    const b = await generateWorkforceFiles({ ...options, outDir: bad, inject: 0.02 }, authority);
    injected = new Map(b.files.map((f) => [basename(f.path), f.injected]));
  });
  afterAll(async () => cleanup());

  describe('the census', () => {
    let db: string;
    beforeAll(() => {
      db = join(dir, 'census.duckdb');
    });

    it('loads as at its reference date, says what it read, and finds nothing wrong in clean data', async () => {
      const r = await cli('--db', db, 'load', 'workforce', join(clean, 'csww-2023-09-30.xml'));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('as at 2023-09-30 (the census reference date)');
      expect(r.out).toMatch(/Workers: \d+ CSWWWorker record\(s\); LA 99\d, reference date 2023-09-30/);
      expect(r.out).toMatch(/Authority: [\d.]+ vacant FTE; agency [\d.]+ FTE, \d+ worker\(s\)/);
      expect(r.out).toContain("hashed with this store's own key");
      expect(r.out).toContain('Findings: 0 error(s), 0 warning(s), 0 note(s)');
    });

    it('never stores a Social Work England number in clear', async () => {
      const xml = await readFile(join(clean, 'csww-2023-09-30.xml'), 'utf8');
      const numbers = [...xml.matchAll(/<SWENo>([^<]+)<\/SWENo>/g)].map((m) => m[1] as string);
      expect(numbers.length).toBeGreaterThan(10);
      await withDb(db, async (store) => {
        const hashes = await store.db.all<{ swe_hash: string }>('SELECT swe_hash FROM workforce_workers');
        expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h.swe_hash))).toBe(true);
        expect(new Set(hashes.map((h) => h.swe_hash)).size).toBe(numbers.length);
        const text = JSON.stringify([
          await store.db.all('SELECT * FROM workforce_workers'),
          await store.db.all('SELECT * FROM workforce_la'),
          await store.db.all('SELECT * FROM findings'),
          await store.db.all('SELECT * FROM extracts'),
          await store.db.all("SELECT * FROM meta WHERE key <> 'swe_hash_key'"),
        ]);
        for (const n of numbers) expect(text).not.toContain(n);
      });
    });

    it('refuses the same file twice, and replaces it with --replace', async () => {
      const again = await cli('--db', db, 'load', 'workforce', join(clean, 'csww-2023-09-30.xml'));
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/already loaded as extract 1 .*use --replace/);
      const replaced = await cli('--db', db, 'load', 'workforce', join(clean, 'csww-2023-09-30.xml'), '--replace', '--format', 'json');
      expect(replaced.code).toBe(0);
      const body = JSON.parse(replaced.out) as { extract: { extractId: number; asAt: string }; notes: string[]; census: Record<string, unknown>; sweKey: { source: string } };
      expect(body.extract).toMatchObject({ extractId: 2, asAt: '2023-09-30' });
      expect(body.notes.join(' ')).toContain('replaced extract 1');
      expect(body.census).toMatchObject({ collection: 'CSWW', reference_date: '2023-09-30', collection_year: 2023 });
      expect(body.sweKey.source).toBe('store');
    });

    it('takes --as-at over the reference date, with a warning', async () => {
      const copy = join(dir, 'census-copy.xml');
      await copyFile(join(clean, 'csww-2023-09-30.xml'), copy);
      await writeFile(copy, `${await readFile(copy, 'utf8')}<!-- another file -->\n`);
      const r = await cli('--db', db, 'load', 'workforce', copy, '--as-at', '2023-10-31');
      expect(r.code).toBe(0);
      expect(r.out).toContain('as at 2023-10-31 (given with --as-at)');
      expect(r.out).toContain('warning: --as-at 2023-10-31 differs from the census reference date 2023-09-30');
    });

    it('finds each labelled error at its worker and element', async () => {
      const file = 'csww-2023-09-30.xml';
      const labels = injected.get(file) ?? [];
      expect(new Set(labels.map((l) => l.kind)).size).toBe(6);
      const bdb = join(dir, 'bad-census.duckdb');
      expect((await cli('--db', bdb, 'load', 'workforce', join(bad, file))).code).toBe(0);
      await withDb(bdb, async (store) => {
        const found = await store.db.all<{ rule: string; row_number: number; column_name: string }>('SELECT rule, row_number, column_name FROM findings');
        for (const l of labels) expect(found, JSON.stringify(l)).toContainEqual({ rule: l.rule, row_number: l.row, column_name: l.column });
      });
    });

    it('hashes with the key in CSC_SCORECARD_SWE_SECRET, so that a worker matches across stores', async () => {
      const hashes: string[] = [];
      process.env[SWE_SECRET_ENV] = 'a long enough shared secret';
      try {
        for (const name of ['one.duckdb', 'two.duckdb']) {
          const r = await cli('--db', join(dir, name), 'load', 'workforce', join(clean, 'csww-2023-09-30.xml'));
          expect(r.out).toContain(`hashed with the key in ${SWE_SECRET_ENV}`);
          hashes.push(await withDb(join(dir, name), async (s) => (await s.db.all<{ h: string }>('SELECT min(swe_hash) AS h FROM workforce_workers'))[0]?.h ?? ''));
        }
        expect(hashes[0]).toBe(hashes[1]);
        const storeKeyed = await withDb(db, async (s) => (await s.db.all<{ h: string }>('SELECT min(swe_hash) AS h FROM workforce_workers WHERE extract_id = 2'))[0]?.h);
        expect(storeKeyed).not.toBe(hashes[0]);
        process.env[SWE_SECRET_ENV] = 'short';
        const r = await cli('--db', join(dir, 'three.duckdb'), 'load', 'workforce', join(clean, 'csww-2023-09-30.xml'));
        expect(r.code).toBe(1);
        expect(r.err).toMatch(/CSC_SCORECARD_SWE_SECRET\) is 5 characters long; use at least 16/);
      } finally {
        delete process.env[SWE_SECRET_ENV];
      }
      const other = await withDb(join(dir, 'one.duckdb'), (s) => loadWorkforce(s.db, { file: join(dir, 'census-copy.xml'), asAt: '2023-10-31' }));
      expect(other.notes.join(' ')).toMatch(/hashed with a different key in extract\(s\) 1/);
    });

    it('leaves the store exactly as it was when a file is refused part-way', async () => {
      const fresh = join(dir, 'refused.duckdb');
      const xml = await readFile(join(clean, 'csww-2023-09-30.xml'), 'utf8');
      const broken = join(dir, 'broken-csww.xml');
      await writeFile(broken, xml.replace('</Message>', '<CSWWWorker><FTE>1</CSWWWorker></Message>'));
      const before = await withDb(fresh, footprint);
      const r = await cli('--db', fresh, 'load', 'workforce', broken);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/broken-csww\.xml: not well-formed XML at line \d+/);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(await withDb(fresh, footprint)).toEqual(before);
      expect(before.meta).toBe(0);
    });
  });

  describe('the local templates', () => {
    let db: string;
    beforeAll(() => {
      db = join(dir, 'local.duckdb');
    });

    it('loads every month of every template as at the date in its name, with no finding on clean data', async () => {
      const files = (await readdir(clean)).filter((f) => f.endsWith('.csv')).sort();
      expect(files).toHaveLength(LOCAL_KINDS.length * options.months);
      for (const f of files) {
        const kind = f.split('-')[0] as string;
        const r = await cli('--db', db, 'load', 'local', kind, join(clean, f));
        expect(r.err, f).toBe('');
        expect(r.out, f).toContain(`as at ${f.slice(kind.length + 1, -4)} (from the file name)`);
        expect(r.out, f).toContain('Findings: 0 error(s), 0 warning(s), 0 note(s)');
      }
      await withDb(db, async (store) => {
        const extracts = await listExtracts(store.db);
        expect(new Set(extracts.map((e) => e.source))).toEqual(new Set(LOCAL_KINDS.map((k) => `local-${k}`)));
        for (const t of LOCAL_TEMPLATES) {
          const n = (await store.db.all<{ n: number }>(`SELECT count(*) AS n FROM ${localTable(t)}`))[0]?.n ?? 0;
          expect(n, t.kind).toBeGreaterThan(0);
        }
      });
    });

    it('prints the column mapping and counts as JSON', async () => {
      const r = await cli('--db', db, 'load', 'local', 'audits', join(clean, 'audits-2024-03-31.csv'), '--replace', '--format', 'json');
      expect(r.code).toBe(0);
      const body = JSON.parse(r.out) as { kind: string; rows: number; delimiter: string; columns: { mapped: { header: string; field: string; match: string }[]; missing: unknown[] } };
      expect(body).toMatchObject({ kind: 'audits', delimiter: ',' });
      expect(body.rows).toBeGreaterThan(0);
      expect(body.columns.mapped.map((m) => m.field)).toEqual(LOCAL_TEMPLATES.find((t) => t.kind === 'audits')?.columns.map((c) => c.key));
      expect(body.columns.missing).toEqual([]);
    });

    it('finds each labelled error at its line and column', async () => {
      const bdb = join(dir, 'bad-local.duckdb');
      for (const kind of LOCAL_KINDS) {
        const file = `${kind}-2024-03-31.csv`;
        const labels = injected.get(file) ?? [];
        expect(labels.length, file).toBeGreaterThanOrEqual(4);
        const r = await cli('--db', bdb, 'load', 'local', kind, join(bad, file));
        expect(r.code, r.err).toBe(0);
        const id = Number(/as extract (\d+)/.exec(r.out)?.[1]);
        await withDb(bdb, async (store) => {
          const found = await store.db.all<{ rule: string; row_number: number; column_name: string }>('SELECT rule, row_number, column_name FROM findings WHERE extract_id = $1', [id]);
          for (const l of labels) expect(found, `${file} ${JSON.stringify(l)}`).toContainEqual({ rule: l.rule, row_number: l.row, column_name: l.column });
        });
      }
    });

    it('takes the latest date in the file when neither --as-at nor the name gives one, and says so', async () => {
      const plain = join(dir, 'supervision.csv');
      await writeFile(plain, 'Worker,Supervision Date\nSam Lee,01/03/2024\nSam Lee,29/03/2024\n');
      const r = await cli('--db', join(dir, 'latest.duckdb'), 'load', 'local', 'supervision', plain);
      expect(r.code).toBe(0);
      expect(r.out).toContain('as at 2024-03-29 (the latest date in the file)');
      expect(r.out).toContain('warning: as-at date 2024-03-29 is the latest Supervision Date in the file; give --as-at if the file was taken later');
      const none = join(dir, 'oversight.csv');
      await writeFile(none, 'Child ID,Oversight Date\n');
      const refused = await cli('--db', join(dir, 'latest.duckdb'), 'load', 'local', 'oversight', none);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/oversight\.csv: cannot tell the as-at date .*give it with --as-at/);
    });

    it('refuses a file that is not the template, leaving the store as it was', async () => {
      const before = await withDb(db, footprint);
      const wrong = join(dir, 'audits-2024-04-30.csv');
      await writeFile(wrong, 'Name,Salary\nA,1\n');
      const r = await cli('--db', db, 'load', 'local', 'audits', wrong);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/audits-2024-04-30\.csv: no header row of the audits template/);
      const binary = join(dir, 'establishment-2024-04-30.csv');
      await copyFile(db, binary);
      expect((await cli('--db', db, 'load', 'local', 'establishment', binary)).code).toBe(1);
      expect(await withDb(db, footprint)).toEqual(before);
    });

    it('refuses an unknown template name with the list of templates', async () => {
      const r = await cli('--db', db, 'load', 'local', 'caseloads', join(clean, 'audits-2024-03-31.csv'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Allowed choices are supervision, oversight, audits, establishment/);
    });
  });
});
