import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import { writeFixture } from './helpers/annex-a-fixture.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

const LISTS = {
  3: [
    { child_id: 'C1', referral_date: '2024-03-04', referral_source: '6', referral_nfa: 'No', referrals_last_12m: 0, team: 'Assessment 1', worker: 'Ann Smith' },
    { child_id: 'C2', referral_date: '2024-03-11', referral_source: '2A', referral_nfa: 'a) Yes', referrals_last_12m: 1, team: 'Assessment 2', worker: 'Bob Jones' },
  ],
  4: [{ child_id: 'C1', assessment_start: '2024-03-04', assessment_authorised: '2024-03-20', child_seen: 'Yes', team: 'Assessment 1', worker: 'Ann Smith' }],
};

describe('command line', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  let db: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    file = join(dir, 'annex-a-2024-03-31.xlsx');
    db = join(dir, 'store.duckdb');
    await writeFixture(file, LISTS);
  });
  afterAll(async () => cleanup());

  it('has --help on every command', async () => {
    const names: string[][] = [];
    const walk = (c: Command, path: string[]) => {
      for (const sub of c.commands) {
        names.push([...path, sub.name()]);
        walk(sub, [...path, sub.name()]);
      }
    };
    walk(buildProgram({ out: () => undefined, err: () => undefined }), []);
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const n of names) {
      const r = await cli(...n, '--help');
      expect(r.code, n.join(' ')).toBe(0);
      expect(r.out).toMatch(/Usage: csc-scorecard/);
    }
    expect((await cli('--help')).out).toMatch(/load/);
  });

  it('takes the as-at date from the file name and says so, and accepts --db after the command name', async () => {
    const r = await cli('load', 'annex-a', file, '--db', db);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('as at 2024-03-31 (from the file name)');
    expect(r.out).toContain('List 3 Referrals: 2 rows');
  });

  it('refuses the same file twice, and replaces it with --replace', async () => {
    const again = await cli('--db', db, 'load', 'annex-a', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already loaded as extract 1 .*use --replace/);
    const replaced = await cli('--db', db, 'load', 'annex-a', file, '--replace', '--format', 'json');
    expect(replaced.code).toBe(0);
    const body = JSON.parse(replaced.out) as { extract: { extractId: number }; notes: string[] };
    expect(body.extract.extractId).toBe(2);
    expect(body.notes.join(' ')).toContain('replaced extract 1');
    const list = JSON.parse((await cli('--db', db, 'extracts', '--format', 'json')).out) as { extracts: unknown[] };
    expect(list.extracts).toHaveLength(1);
  });

  it('refuses a different file with the same as-at date unless --replace', async () => {
    const other = join(dir, 'other.xlsx');
    await copyFile(file, other);
    await writeFixture(other, { 3: LISTS[3].slice(0, 1) });
    const r = await cli('--db', db, 'load', 'annex-a', other, '--as-at', '2024-03-31');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/an extract as at 2024-03-31 is already loaded/);
  });

  it('uses CSC_SCORECARD_DB when --db is not given', async () => {
    process.env.CSC_SCORECARD_DB = db;
    try {
      const r = await cli('extracts');
      expect(r.out).toContain('annex-a-2024-03-31.xlsx');
    } finally {
      delete process.env.CSC_SCORECARD_DB;
    }
  });

  it('prints the scorecard as JSON with the contract fields', async () => {
    const r = await cli('--db', db, 'scorecard', '--as-at', '2024-03-31', '--format', 'json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { asAt: string; measures: Record<string, unknown>[] };
    expect(s.asAt).toBe('2024-03-31');
    expect(s.measures.length).toBeGreaterThanOrEqual(26);
    const core = await cli('--db', db, 'scorecard', '--as-at', '2024-03-31', '--format', 'json', '--core');
    expect((JSON.parse(core.out) as { measures: unknown[] }).measures).toHaveLength(26);
    const nfa = s.measures.find((m) => m.id === 'referrals_nfa');
    expect(nfa).toMatchObject({ title: expect.any(String), value: 50, numerator: 1, denominator: 2, unit: '%', polarity: 'context' });
    const refs = s.measures.find((m) => m.id === 'referrals_month');
    expect(refs).toMatchObject({ value: 2, numerator: 2, denominator: null });
    // The scorecard's fields beside the figure.
    expect(nfa).toMatchObject({
      theme: 'front-door',
      periodType: 'month',
      targets: { minimum: null, upper: null },
      rag: null,
      previousYear: null,
      commentary: null,
      coverage: true,
    });
    const trend = nfa?.trend as { asAt: string; value: number | null }[];
    expect(trend.map((t) => t.asAt)).toEqual(['2023-10-31', '2023-11-30', '2023-12-31', '2024-01-31', '2024-02-29', '2024-03-31']);
    expect(trend.map((t) => t.value)).toEqual([null, null, null, null, null, 50]);
    expect(nfa?.benchmarks).toMatchObject({ england: { value: 6.5, year: '2024/25' }, statisticalNeighbours: null, region: null });
    const ytd = s.measures.find((m) => m.id === 'referrals_ytd');
    // The year to date starts 1 April 2023; one extract covers only October to March.
    expect(ytd).toMatchObject({ periodType: 'ytd', value: 2, coverage: false });
  });

  it('says which extract a later as-at date uses, and refuses a date before every extract', async () => {
    const later = await cli('--db', db, 'scorecard', '--as-at', '2024-04-15');
    expect(later.code).toBe(0);
    expect(later.out).toContain('use extract 2');
    const early = await cli('--db', db, 'scorecard', '--as-at', '2023-01-31');
    expect(early.code).toBe(1);
    expect(early.err).toContain('no extract is current at 2023-01-31');
  });

  it('drills to the rows behind a figure, filtered by team', async () => {
    const csv = await cli('--db', db, 'drill', 'rereferrals_12m', '--as-at', '2024-03-31');
    expect(csv.out.split('\r\n')[0]).toBe('child_id,team,worker,in_numerator,reason,referral_date,referrals_last_12m,previous_referral,sheet,row');
    expect(csv.out).toContain('C2,Assessment 2,Bob Jones,yes,1 referral(s) in the previous 12 months recorded,2024-03-11,1,,List 3,3');
    const team = await cli('--db', db, 'drill', 'rereferrals_12m', '--team', 'assessment 1', '--format', 'json');
    const body = JSON.parse(team.out) as { rows: { child_id: string }[] };
    expect(body.rows.map((r) => r.child_id)).toEqual(['C1']);
    const bad = await cli('--db', db, 'drill', 'no_such_measure');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('no measure "no_such_measure"');
  });

  it('breaks a figure down by team and by worker', async () => {
    const r = await cli('--db', db, 'breakdown', 'referrals_month', '--by', 'worker', '--format', 'json');
    const body = JSON.parse(r.out) as { rows: { group: string; value: number }[] };
    expect(body.rows).toEqual([
      { group: 'Ann Smith', value: 1, numerator: 1, denominator: null },
      { group: 'Bob Jones', value: 1, numerator: 1, denominator: null },
    ]);
  });

  it('reports data quality grouped by list, rule and column', async () => {
    const r = await cli('--db', db, 'check', '--format', 'json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as {
      totals: Record<string, number>;
      byRule: { rule: string; count: number }[];
      groups: { rule: string; list: number | null; column: string | null; count: number }[];
    };
    expect(body.groups.find((g) => g.rule === 'missing-ethnicity' && g.list === 3)?.count).toBe(2);
    expect(body.byRule.find((g) => g.rule === 'list-missing')?.count).toBe(9);
    expect(body.totals.info).toBeGreaterThanOrEqual(9);
    const text = await cli('--db', db, 'check');
    expect(text.out).toContain('List 3: Referrals');
    expect(text.out).toMatch(/warning\s+missing-ethnicity · Ethnicity: 2/);
    const rules = await cli('check', '--rules');
    expect(rules.out).toContain('closure-without-reason');
  });

  it('gives usage errors status 2 and names the problem', async () => {
    const r = await cli('scorecard', '--format', 'pdf');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Allowed choices are text, json/);
  });
});
