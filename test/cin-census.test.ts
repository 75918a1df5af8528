import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCinCensus } from '../src/jobs/load-cin-census.js';
import { assessment, child, cpp, episode, header, plan, s47 } from '../src/quality/cin-census/testing.js';
import { validateCinCensus } from '../src/quality/cin-census/validate.js';
import { cinRule } from '../src/quality/cin-census/rule-kit.js';
import { listExtracts } from '../src/store/extracts.js';
import { openStore } from '../src/store/store.js';
import { cinCensusXml } from '../src/synthetic/cin-census/write-xml.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

/** `validate cin-census` and `load cin-census` end to end, on small hand-made returns. */
describe('the CIN Census commands', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('csc-cin-cli-'));
    file = join(dir, 'cin-2025.xml');
    const children = [
      child('A'),
      child('B', { ethnicity: 'XXXX', episodes: [episode({ closeReason: null })] }), // 4220, 8805
      child('C', { episodes: [episode({ closure: null, closeReason: null, plans: [plan({ end: null })], cpps: [cpp()], s47s: [s47()] })] }), // 4001, 4003, 4016
      child('D', { upn: null }), // 8770Q (query)
    ];
    await writeFile(file, cinCensusXml(header(2025), children, 2025).replace('<Ethnicity>WBRI</Ethnicity>', '<Ethnicity>WBRI</Ethnicity><Hobby>x</Hobby>'));
  });
  afterAll(async () => cleanup());

  it('json: every rule with its status and count, every finding with its child and row', async () => {
    const r = await cli('validate', 'cin-census', file, '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { rules: { code: string; status: string; count: number; kind: string; message: string }[]; findings: Record<string, unknown>[] };
    const status = Object.fromEntries(out.rules.map((x) => [x.code, `${x.status} ${x.count}`]));
    expect(status).toMatchObject({ '4220': 'failed 1', '8805': 'failed 1', '4001': 'failed 1', '4003': 'failed 1', '4016': 'failed 1', '8770Q': 'failed 1', '2887Q': 'failed 1', XSD: 'failed 1', '8500': 'passed 0', '4017': 'passed 0' });
    expect(out.rules.filter((x) => x.status === 'failed')).toHaveLength(8);
    expect(out.findings.find((f) => f.code === '4220')).toEqual({ code: '4220', child: 'B', table: 'ChildCharacteristics', row: 2, fields: ['Ethnicity'], values: { Ethnicity: 'XXXX' } });
    expect(Object.keys(out.findings[0] as object)).toEqual(['code', 'child', 'table', 'row', 'fields', 'values']);
    expect(out.rules.find((x) => x.code === '8770Q')).toMatchObject({ kind: 'query', message: expect.stringMatching(/school age/) });
  });

  it('text groups by rule then child; --strict fails on errors, not on queries alone', async () => {
    const r = await cli('validate', 'cin-census', file, '--strict');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^CIN Census 2025 \(April 2024 to March 2025\): cin-2025\.xml/);
    expect(r.out).toMatch(/4220 \(error\) Ethnicity is missing or invalid .* — 1\n {2}child B \(row 2\):\n {4}ChildCharacteristics: Ethnicity=XXXX/);
    expect(r.out).toMatch(/not part of the schema, not read: <ChildCharacteristics\/Hobby> \(1\)/);
  });

  it('csv has a row per finding; xlsx a summary, all findings and a sheet per child with findings', async () => {
    const csv = await cli('validate', 'cin-census', file, '--format', 'csv');
    const lines = csv.out.trim().split(/\r?\n/);
    expect(lines[0]).toBe('code,kind,message,child,row,table,fields,values');
    expect(lines.some((l) => l.startsWith('4220,error,') && l.includes(',B,2,ChildCharacteristics,Ethnicity,Ethnicity=XXXX'))).toBe(true);
    const out = join(dir, 'v.xlsx');
    expect((await cli('validate', 'cin-census', file, '--format', 'xlsx')).code).toBe(1);
    expect((await cli('validate', 'cin-census', file, '--format', 'xlsx', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Findings', 'A', 'B', 'C', 'D']);
    const b = wb.getWorksheet('B') as ExcelJS.Worksheet;
    expect(b.getRow(3).values).toEqual([undefined, '4220', 'error', 'B', 2, 'ChildCharacteristics', 'Ethnicity=XXXX', expect.stringMatching(/Ethnicity/)]);
  });

  it('--year reads the file as that year; a year it does not know is refused', async () => {
    const r = await cli('validate', 'cin-census', file, '--year', '2024', '--format', 'json');
    const out = JSON.parse(r.out) as { rules: { code: string; status: string; count: number }[] };
    // Read as 2023/24: GenderCurrent is expected, Sex is not (XSD), and 1570 does not apply.
    expect(out.rules.find((x) => x.code === '1570')?.status).toBe('not-applicable');
    expect((await cli('validate', 'cin-census', file, '--year', '2024')).out).toMatch(/Not applicable in 2024: 1570, 8945Q, 8950Q/);
    expect(out.rules.find((x) => x.code === '4180')?.count).toBe(4);
    const bad = await cli('validate', 'cin-census', file, '--year', '2030');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/collection year "2030"/);
  });

  it('a rule that throws is reported as failed to run, with its error, and the command fails', async () => {
    const boom = cinRule({ code: '9999', kind: 'error', message: 'boom', tables: [], fields: [], years: {}, check: () => { throw new Error('no such table'); } });
    const v = await validateCinCensus(file, { rules: [boom] });
    expect(v.result.rules).toEqual([{ code: '9999', message: 'boom', kind: 'error', status: 'failed-to-run', count: 0, error: 'no such table' }]);
  });

  it('--rules lists every code with its years; markdown is docs/cin-census-rules.md', async () => {
    const r = await cli('validate', 'cin-census', '--rules');
    expect(r.out).toMatch(/1570 +error +2025 2026 +LA Child ID must not be longer than 20 characters/);
    const md = await cli('validate', 'cin-census', '--rules', '--format', 'markdown');
    expect(md.out).toBe(await readFile('docs/cin-census-rules.md', 'utf8'));
  });

  it('loads the census and the previous year as extracts as at 31 March, every group in its table, replaceably', async () => {
    const db = join(dir, 'store.duckdb');
    const prev = join(dir, 'cin-2024.xml');
    await writeFile(prev, cinCensusXml(header(2024), [child('A', { sex: null, gender: '2', episodes: [episode({ referral: '2023-06-01', closure: '2023-08-01', assessments: [assessment({ start: '2023-06-02', auth: '2023-07-01' })] })] })], 2024));
    const r = await cli('--db', db, 'load', 'cin-census', file, '--validate', '--format', 'json');
    expect(r.code).toBe(0);
    const loaded = JSON.parse(r.out) as { extract: { asAt: string; rowCounts: Record<string, number>; findingCounts: Record<string, number> } };
    expect(loaded.extract.asAt).toBe('2025-03-31');
    expect(loaded.extract.rowCounts).toMatchObject({ children: 4, details: 4, assessments: 4, plans: 1, s47s: 1, cpPlans: 1, cpReviews: 1, disabilities: 4 });
    // 4220, 8805, 4001, 4003, 4016 and the unknown element (XSD); 8770Q and 2887Q.
    expect(loaded.extract.findingCounts).toEqual({ error: 6, warning: 2 });
    expect((await cli('--db', db, 'load', 'cin-census', prev)).code).toBe(0);
    const again = await cli('--db', db, 'load', 'cin-census', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already loaded .* use --replace/);
    expect((await cli('--db', db, 'load', 'cin-census', file, '--replace')).code).toBe(0);
    const store = await openStore(db);
    try {
      expect((await listExtracts(store.db, 'cin-census')).map((e) => e.asAt)).toEqual(['2024-03-31', '2025-03-31']);
      const reviews = await store.db.all<{ n: number }>('SELECT count(*) AS n FROM cin_cp_reviews');
      expect(reviews[0]?.n).toBe(1);
      const kids = await store.db.all<{ la_child_id: string; birth_date: string; position: number }>('SELECT la_child_id, birth_date, position FROM cin_children ORDER BY extract_id, position');
      expect(kids.map((k) => k.la_child_id)).toEqual(['A', 'A', 'B', 'C', 'D']);
      expect(kids[0]?.birth_date).toBe('2015-06-01');
      const details = await store.db.all<{ referral_nfa: boolean; referral_date: string }>("SELECT referral_nfa, referral_date FROM cin_details WHERE la_child_id = 'C' ORDER BY extract_id DESC");
      expect(details[0]).toEqual({ referral_nfa: false, referral_date: '2024-05-01' });
    } finally {
      await store.close();
    }
  });

  it('a load is refused with a clear message when the file cannot be read', async () => {
    const store = await openStore(join(dir, 'other.duckdb'));
    try {
      await expect(loadCinCensus(store.db, { file: join(dir, 'missing.xml') })).rejects.toThrow(/file not found/);
    } finally {
      await store.close();
    }
  });
});
