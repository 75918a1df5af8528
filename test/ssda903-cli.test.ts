import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/store.js';
import { generateSsda903, injectErrors, writeSsda903Csv } from '../src/synthetic/ssda903/index.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

interface Json {
  rules: { code: string; status: string; count: number; error?: string }[];
  findings: { code: string; child: string | null; table: string; row: number | null; fields: string[]; values: Record<string, string | null> }[];
}

describe('csc-scorecard validate ssda903 and load ssda903', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let clean: string[];
  let previous: string[];
  let bad: string[];
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('ssda903-cli-'));
    const g = generateSsda903({ children: 300, year: 2025, seed: 21 });
    clean = await writeSsda903Csv(g.current, join(dir, 'clean'));
    previous = await writeSsda903Csv(g.previous, join(dir, 'previous'), 'last-');
    const b = generateSsda903({ children: 300, year: 2025, seed: 21 });
    injectErrors(b.current, { year: 2025, seed: 1, codes: ['101', '143', '392c'] });
    bad = await writeSsda903Csv(b.current, join(dir, 'bad'));
  });
  afterAll(async () => cleanup());

  it('a clean return: every rule passes, cross-year rules not applicable without --previous', async () => {
    const r = await cli('validate', 'ssda903', ...clean, '--year', '2025', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.findings).toEqual([]);
    expect(j.rules.find((x) => x.code === 'READ')?.status).toBe('passed');
    expect(j.rules.find((x) => x.code === '503A')?.status).toBe('not-applicable');
    expect(j.rules.filter((x) => x.status === 'passed').length).toBeGreaterThan(190);
    const withPrevious = JSON.parse((await cli('validate', 'ssda903', ...clean, '--year', '2025', '--previous', ...previous, '--format', 'json')).out) as Json;
    expect(withPrevious.rules.find((x) => x.code === '503A')?.status).toBe('passed');
    expect(withPrevious.findings).toEqual([]);
  });

  it('reports each finding with its child, table, 1-based data row, fields and values', async () => {
    const r = await cli('validate', 'ssda903', ...bad, '--year', '2025', '--format', 'json');
    const j = JSON.parse(r.out) as Json;
    const sex = j.findings.find((f) => f.code === '101');
    expect(sex).toMatchObject({ table: 'Header', fields: ['SEX'], values: { SEX: 'X' } });
    const lines = (await readFile(bad.find((p) => p.endsWith('header.csv')) as string, 'utf8')).split('\r\n');
    expect(lines[sex?.row as number]?.startsWith(`${sex?.child},X,`)).toBe(true);
    expect(j.rules.find((x) => x.code === '143')).toMatchObject({ status: 'failed', count: 1 });
    expect(r.code).toBe(0);
    expect((await cli('validate', 'ssda903', ...bad, '--year', '2025', '--strict')).code).toBe(1);
  });

  it('writes text grouped by rule then child, CSV, and a workbook with a summary and a sheet per child', async () => {
    const text = (await cli('validate', 'ssda903', ...bad, '--year', '2025')).out;
    expect(text).toMatch(/^SSDA903 2025 \(April 2024 to March 2025\)/);
    expect(text).toMatch(/\n101 \(error\) Sex code is not valid \(M, F or U\)\. — 1\n {2}child \d+ \(row \d+\):\n {4}Header: SEX=X/);
    const csv = (await cli('validate', 'ssda903', ...bad, '--year', '2025', '--format', 'csv')).out;
    expect(csv.split(/\r?\n/)[0]).toBe('code,kind,message,child,row,table,fields,values');
    const out = join(dir, 'v.xlsx');
    expect((await cli('validate', 'ssda903', ...bad, '--year', '2025', '--format', 'xlsx', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Summary', 'Findings']);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(2 + 3);
  });

  it('needs the collection year, and lists its rules', async () => {
    const r = await cli('validate', 'ssda903', ...clean);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--year/);
    expect((await cli('validate', 'ssda903', ...clean, '--year', '2019')).err).toMatch(/2023 to 2026/);
    const md = (await cli('validate', 'ssda903', '--rules', '--format', 'markdown')).out;
    expect(md).toBe(await readFile('docs/ssda903-rules.md', 'utf8'));
  });

  it('loads a return and last year\'s as two extracts, with the rules\' findings', async () => {
    const db = join(dir, 'store.duckdb');
    const r = await cli('--db', db, 'load', 'ssda903', ...bad, '--year', '2025', '--previous', ...previous, '--validate', '--format', 'json');
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as { extract: { asAt: string; extractId: number; source: string }; previousExtract: { asAt: string } };
    expect(j.extract).toMatchObject({ asAt: '2025-03-31', source: 'ssda903' });
    expect(j.previousExtract).toMatchObject({ asAt: '2024-03-31' });
    const store = await openStore(db);
    try {
      const eps = await store.db.all<{ n: number }>('SELECT count(*) AS n FROM ssda903_episodes WHERE extract_id = $1', [j.extract.extractId]);
      const episodes = (await readFile(bad.find((p) => p.endsWith('episodes.csv')) as string, 'utf8')).trim().split('\r\n').length - 1;
      expect(eps[0]?.n).toBe(episodes);
      const found = await store.db.all<{ rule: string }>("SELECT rule FROM findings WHERE extract_id = $1 AND rule IN ('101', '143', '392c') ORDER BY rule", [j.extract.extractId]);
      expect(found.map((f) => f.rule)).toEqual(['101', '143', '392c']);
    } finally {
      await store.close();
    }
    const again = await cli('--db', db, 'load', 'ssda903', ...bad, '--year', '2025');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already loaded/);
  });
});

describe('bad SSDA903 input gets a clear finding, never a crash', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('ssda903-bad-'));
  });
  afterAll(async () => cleanup());

  const run = async (files: string[]): Promise<{ code: number; j: Json; err: string }> => {
    const r = await cli('validate', 'ssda903', ...files, '--year', '2025', '--format', 'json');
    return { code: r.code, j: r.out ? (JSON.parse(r.out) as Json) : { rules: [], findings: [] }, err: r.err };
  };
  const file = async (name: string, text: string): Promise<string> => {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  };
  const problems = (j: Json): string[] => j.findings.filter((f) => f.code === 'READ').map((f) => f.values.problem ?? '');

  it('an unknown table, a header-only file and a missing column', async () => {
    const unknown = await file('a.csv', 'FOO,BAR\n1,2\n');
    const empty = await file('b.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n');
    const noDec = await file('c.csv', '\ufeffCHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/05/2024,S,C2,N1,U4,PR1,,,NE1 1AA,NE2 2BB,\n');
    const { code, j } = await run([unknown, empty, noDec]);
    expect(problems(j)).toEqual([
      expect.stringMatching(/^error: the header row \(FOO, BAR\) is not the header of any SSDA903 table/),
      expect.stringMatching(/^warning: the Header file has a header row but no data rows/),
      expect.stringMatching(/^error: the Episodes file has no DEC column; every rule that reads Episodes DEC fails to run/),
    ]);
    const broken = j.rules.filter((r) => r.status === 'failed-to-run');
    expect(broken.map((r) => r.code)).toContain('147');
    expect(broken[0]?.error).toMatch(/the Episodes table \(c\.csv\) has no DEC column/);
    expect(code).toBe(1);
  });

  it('mixed date formats', async () => {
    const header = await file('h.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,M,01/01/2012,WBRI,,,\n2,F,2012-01-31,WBRI,,,\n3,M,31/1/12,WBRI,,,\n');
    const { j } = await run([header]);
    expect(problems(j)).toEqual([expect.stringMatching(/DOB: 2 value\(s\) are not dd\/mm\/yyyy dates \(first: row 2, "2012-01-31", year-first/)]);
    expect(j.findings.filter((f) => f.code === '102').map((f) => f.row)).toEqual([2, 3]);
  });

  it('XML that is not well-formed, an entity bomb and an external entity', async () => {
    const broken = await file('x.xml', '<?xml version="1.0"?>\n<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER>\n');
    expect(problems((await run([broken])).j)).toEqual([expect.stringMatching(/not well-formed XML|no table was read/)]);
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const bomb = await file('bomb.xml', `<?xml version="1.0"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY lol0 "lol">\n${lol}]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&lol9;</CHILDID></HEADER></CHILD></EXPSSDA903>\n`);
    const t0 = performance.now();
    expect(problems((await run([bomb])).j)).toEqual([expect.stringMatching(/DOCTYPE declaration; an SSDA903 return has none/)]);
    expect(performance.now() - t0).toBeLessThan(5000);
    const xxe = await file('xxe.xml', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID></HEADER></CHILD></EXPSSDA903>\n');
    const r = await cli('validate', 'ssda903', xxe, '--year', '2025', '--format', 'json');
    expect(r.out).not.toMatch(/root:/);
    expect(problems(JSON.parse(r.out) as Json)).toEqual([expect.stringMatching(/DOCTYPE/)]);
  });

  it('a missing file, an empty file and a workbook given by mistake', async () => {
    const empty = await file('e.csv', '');
    const zip = await file('w.xlsx', 'PK\u0003\u0004rest');
    const { j } = await run([join(dir, 'nope.csv'), empty, zip]);
    expect(problems(j)).toEqual([
      expect.stringMatching(/file not found/),
      expect.stringMatching(/empty/),
      expect.stringMatching(/xlsx workbook/),
    ]);
  });
});
