import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNEX_A_LISTS, type ListDef } from '../model/annex-a-lists.js';
import { isoToDay } from '../model/dates.js';
import type { Finding } from '../sources/annex-a/finding.js';
import { type AnnexAReadResult, type CanonicalRow, readAnnexA } from '../sources/annex-a/read-annex-a.js';
import { CellError } from '../sources/xlsx/cell.js';
import { XlsxWorkbook } from '../sources/xlsx/workbook.js';
import { type AnnexALists, type Authority, annexAListsAt, simulateAuthority } from './authority.js';
import { generateAnnexA } from './generate.js';
import { isMeasureColumn } from './measure-columns.js';
import { ALL_MESS, NO_MESS } from './mess.js';
import { writeAnnexAWorkbook } from './write-annex-a.js';

const AS_AT = '2025-03-31';

interface ReadBack {
  readonly result: AnnexAReadResult;
  readonly rows: Map<number, CanonicalRow[]>;
  readonly findings: Finding[];
}

async function readBack(file: string): Promise<ReadBack> {
  const rows = new Map<number, CanonicalRow[]>(ANNEX_A_LISTS.map((l) => [l.number, []]));
  const findings: Finding[] = [];
  const result = await readAnnexA(file, {
    startSheet: () => undefined,
    row: (list: ListDef, row: CanonicalRow) => (rows.get(list.number) as CanonicalRow[]).push(row),
    finding: (f: Finding) => findings.push(f),
  });
  return { result, rows, findings };
}

/** A canonical row's values in list order, as the reader reports them (dates as day numbers). */
function expected(list: ListDef, row: Record<string, string | number | null>): (string | number | null)[] {
  return list.columns.map((c) => {
    const v = row[c.key] ?? null;
    return c.type === 'date' && v !== null ? isoToDay(v as string) : v;
  });
}

/** Measures compare worker names ignoring case (the reader already folds spaces). */
const fold = (list: ListDef, values: readonly (string | number | null)[]): (string | number | null)[] =>
  values.map((v, i) => (list.columns[i]?.key === 'worker' && typeof v === 'string' ? v.toLowerCase() : v));

let dir: string;
let authority: Authority;
let lists: AnnexALists;
let clean: ReadBack;
let messy: ReadBack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csc-synthetic-'));
  authority = simulateAuthority({ children: 2000, asAt: AS_AT, months: 1, seed: 7 });
  lists = annexAListsAt(authority, AS_AT);
  await writeAnnexAWorkbook(join(dir, 'clean.xlsx'), lists, { asAt: AS_AT, mess: NO_MESS, seed: 7 });
  await writeAnnexAWorkbook(join(dir, 'messy.xlsx'), lists, { asAt: AS_AT, mess: ALL_MESS, seed: 7 });
  clean = await readBack(join(dir, 'clean.xlsx'));
  messy = await readBack(join(dir, 'messy.xlsx'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeAnnexAWorkbook', () => {
  it('writes a clean workbook that reads back exactly, with nothing unreadable', () => {
    expect(clean.findings.filter((f) => f.rule === 'unreadable-value')).toEqual([]);
    expect(clean.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    for (const list of ANNEX_A_LISTS) {
      const want = (lists.get(list.number) ?? []).map((r) => expected(list, r));
      const got = (clean.rows.get(list.number) as CanonicalRow[]).map((r) => r.values);
      expect(got.length, `list ${list.number}`).toBe(want.length);
      expect(got, `list ${list.number}`).toEqual(want);
      expect(clean.result.sheets.find((s) => s.list === list.number)?.sheet).toBe(`List ${list.number}`);
    }
  });

  it('writes a messy workbook whose measure columns read back as the clean ones', () => {
    let duplicates = 0;
    let unreadable = 0;
    for (const list of ANNEX_A_LISTS) {
      const read = messy.rows.get(list.number) as CanonicalRow[];
      for (const r of read) {
        list.columns.forEach((c, j) => {
          if (!r.unreadable[j]) return;
          unreadable++;
          expect(isMeasureColumn(list.number, c.key), `unreadable ${list.number}.${c.key}`).toBe(false);
        });
      }
      // Exact duplicates are copies of a row written just before: drop the later copies.
      const seen = new Set<string>();
      const unique = read.filter((r) => {
        const k = JSON.stringify([r.values, r.unreadable]);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      duplicates += read.length - unique.length;
      const want = (lists.get(list.number) ?? []).map((r) => fold(list, expected(list, r)));
      expect(unique.length, `list ${list.number}`).toBe(want.length);
      unique.forEach((r, i) => {
        const got = fold(list, r.values);
        list.columns.forEach((c, j) => {
          if (!r.unreadable[j]) expect(got[j], `list ${list.number} row ${r.rowNumber} ${c.key}`).toEqual((want[i] as unknown[])[j]);
        });
      });
    }
    expect(duplicates).toBeGreaterThan(20);
    expect(unreadable).toBeGreaterThan(100);
    const unreadableFindings = messy.findings.filter((f) => f.rule === 'unreadable-value');
    expect(unreadableFindings.length).toBe(unreadable);
    expect(messy.findings.some((f) => f.rule === 'header-below-title')).toBe(true);
    expect(messy.findings.some((f) => f.rule === 'unmapped-column')).toBe(true);
  });

  it('puts every kind of real-world quirk in the messy workbook', async () => {
    const wb = await XlsxWorkbook.open(join(dir, 'messy.xlsx'));
    const seen = { errorCell: 0, naText: 0, serial: 0, textDate: 0, time: 0, prefixed: 0, yn: 0, nbsp: 0, trailing: 0, lowerCode: 0 };
    try {
      const shared = await wb.readSharedStrings();
      expect(wb.sheets.map((s) => s.name).filter((n) => n !== 'Notes' && !/^List \d+$/.test(n)).length).toBeGreaterThan(0);
      for (const sheet of wb.sheets) {
        await wb.readSheet(sheet, shared, (_n, cells) => {
          for (const c of cells) {
            if (c instanceof CellError) seen.errorCell++;
            else if (typeof c === 'number' && c > 30000 && c < 60000 && !Number.isInteger(c)) seen.time++;
            else if (typeof c === 'number' && c > 30000 && c < 60000) seen.serial++;
            else if (typeof c === 'string') {
              if (c === '#N/A') seen.naText++;
              if (/^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(c)) seen.textDate++;
              if (/^[a-z]{1,2}\) /.test(c)) seen.prefixed++;
              if (c === 'Y' || c === 'N') seen.yn++;
              if (c.includes('\u00a0')) seen.nbsp++;
              if (/\S +$/.test(c)) seen.trailing++;
              if (/^(yes|no|male|female|wbri)$/.test(c)) seen.lowerCode++;
            }
          }
        });
      }
    } finally {
      wb.close();
    }
    for (const [k, n] of Object.entries(seen)) expect(n, k).toBeGreaterThan(0);
  });
});

describe('generateAnnexA', () => {
  it('writes one workbook per month end with consistent children', async () => {
    const out = join(dir, 'months');
    const r = await generateAnnexA({ children: 400, asAt: AS_AT, months: 3, seed: 11, outDir: out, mess: NO_MESS });
    expect(r.authority).toMatch(/shire$/);
    expect((await readdir(out)).sort()).toEqual(['annex-a-2025-01-31.xlsx', 'annex-a-2025-02-28.xlsx', 'annex-a-2025-03-31.xlsx']);
    expect(r.files.map((f) => f.asAt)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    const dobs = new Map<unknown, unknown>();
    let sharedChildren = 0;
    for (const f of r.files) {
      expect((await stat(f.path)).size).toBeGreaterThan(10_000);
      const back = await readBack(f.path);
      expect(back.result.rowsByList).toEqual(f.rowsByList);
      const l8 = back.rows.get(8) as CanonicalRow[];
      for (const row of l8) {
        const [id, dob] = [row.values[0], row.values[3]];
        if (dobs.has(id)) {
          sharedChildren++;
          expect(dobs.get(id)).toBe(dob);
        }
        dobs.set(id, dob);
      }
    }
    expect(sharedChildren).toBeGreaterThan(20);
  });
});
