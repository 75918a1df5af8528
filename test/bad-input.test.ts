import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import CFB from 'cfb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExtracts } from '../src/store/extracts.js';
import { type Store, openStore } from '../src/store/store.js';
import { writeWorkbook } from '../src/synthetic/xlsx-writer.js';
import { writeFixture } from './helpers/annex-a-fixture.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

/** Rows of every Annex A table, to prove a failed load leaves nothing behind. */
async function rowCount(store: Store): Promise<number> {
  const rows = await store.db.all<{ n: number }>(
    `SELECT (SELECT count(*) FROM annex_a_contacts) + (SELECT count(*) FROM annex_a_referrals) + (SELECT count(*) FROM findings) + (SELECT count(*) FROM extracts) AS n`,
  );
  return rows[0]?.n ?? -1;
}

describe('bad input', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let db: string;
  let baseline: number;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    db = join(dir, 'store.duckdb');
    const good = join(dir, 'good.xlsx');
    await writeFixture(good, { 1: [{ child_id: 'A', contact_date: '2024-03-01', contact_source: '6' }] });
    expect((await cli('--db', db, 'load', 'annex-a', good, '--as-at', '2024-03-31')).code).toBe(0);
    const store = await openStore(db);
    baseline = await rowCount(store);
    await store.close();
  });
  afterAll(async () => cleanup());

  /** Loads a file through the command line, expecting it refused, and the store unchanged. */
  async function refused(file: string, message: RegExp): Promise<string> {
    const r = await cli('--db', db, 'load', 'annex-a', file, '--as-at', '2024-04-30');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    const store = await openStore(db);
    expect(await rowCount(store)).toBe(baseline);
    expect(await listExtracts(store.db)).toHaveLength(1);
    await store.close();
    return r.err;
  }

  it('refuses a file that is not an xlsx, naming the file', async () => {
    const csv = join(dir, 'contacts.xlsx');
    await writeFile(csv, 'Child Unique ID,Date of Contact\nA,01/03/2024\n');
    await refused(csv, /contacts\.xlsx: not an Excel \.xlsx workbook: it looks like a text file \(CSV\?\)/);
    const pdf = join(dir, 'report.xlsx');
    await writeFile(pdf, '%PDF-1.7 binary');
    await refused(pdf, /report\.xlsx: not an Excel \.xlsx workbook: it looks like a PDF/);
    const empty = join(dir, 'empty.xlsx');
    await writeFile(empty, '');
    await refused(empty, /empty\.xlsx: the file is empty/);
    const truncated = join(dir, 'truncated.xlsx');
    const { readFile } = await import('node:fs/promises');
    const whole = await readFile(join(dir, 'good.xlsx'));
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    await refused(truncated, /truncated\.xlsx: the file is not a readable xlsx \(zip\) package/);
    await refused(join(dir, 'missing.xlsx'), /missing\.xlsx: file not found/);
  });

  it('refuses a password-protected workbook and says how to fix it', async () => {
    const c = CFB.utils.cfb_new();
    CFB.utils.cfb_add(c, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(c, '/EncryptedPackage', Buffer.alloc(8192, 7));
    const file = join(dir, 'protected.xlsx');
    await writeFile(file, CFB.write(c, { type: 'buffer' }) as Buffer);
    await refused(file, /protected\.xlsx: the workbook is password-protected .*remove the password/);
  });

  it('refuses a workbook with no recognisable list, naming each sheet', async () => {
    const file = join(dir, 'budget.xlsx');
    await writeWorkbook(file, [
      { name: 'Budget', header: ['Cost centre', 'Amount'], rows: [['CC1', 100]] },
      { name: 'Notes', header: ['Note'], rows: [] },
    ]);
    await refused(file, /budget\.xlsx: no Annex A list was recognised in any sheet: "Budget" \(not read: neither its name nor its header row matches an Annex A list\); "Notes"/);
  });

  it('loads a sheet with only a header, reporting the empty list', async () => {
    const file = join(dir, 'header-only.xlsx');
    await writeFixture(file, { 3: [], 1: [{ child_id: 'B', contact_date: '2024-04-02', contact_source: '6' }] });
    const r = await cli('--db', db, 'load', 'annex-a', file, '--as-at', '2024-04-30', '--format', 'json');
    expect(r.code).toBe(0);
    const check = await cli('--db', db, 'check', '--format', 'json');
    const body = JSON.parse(check.out) as { groups: { rule: string; list: number; examples: { message: string }[] }[] };
    const empty = body.groups.find((g) => g.rule === 'empty-list');
    expect(empty?.list).toBe(3);
    expect(empty?.examples[0]?.message).toBe('list 3 (Referrals) in sheet "List 3" has a header row but no data rows');
  });

  it('keeps a row with a 100 000-character cell, reporting the cell', async () => {
    const file = join(dir, 'long.xlsx');
    await writeFixture(file, { 1: [{ child_id: 'C', contact_date: '2024-05-02', contact_source: 'x'.repeat(100_000) }] });
    const r = await cli('--db', db, 'load', 'annex-a', file, '--as-at', '2024-05-31');
    expect(r.code).toBe(0);
    const check = JSON.parse((await cli('--db', db, 'check', '--as-at', '2024-05-31', '--format', 'json')).out) as {
      groups: { rule: string; examples: { sheet: string; row: number; cell: string; childId: string; message: string; value: string }[] }[];
    };
    const g = check.groups.find((x) => x.rule === 'unreadable-value');
    expect(g?.examples[0]).toMatchObject({ sheet: 'List 1', row: 2, cell: 'G2', childId: 'C' });
    expect(g?.examples[0]?.message).toContain('text of 100,000 characters is not a Contact/referral source code');
    expect(g?.examples[0]?.value.length).toBeLessThan(300);
    const drill = await cli('--db', db, 'drill', 'contacts_month', '--as-at', '2024-05-31', '--format', 'json');
    expect((JSON.parse(drill.out) as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it('reads a date in year 9999 and reports it as after the as-at date, with its cell', async () => {
    const file = join(dir, 'year9999.xlsx');
    await writeFixture(file, { 1: [{ child_id: 'D', contact_date: '31/12/9999', contact_source: '6' }] });
    const r = await cli('--db', db, 'load', 'annex-a', file, '--as-at', '2024-06-30');
    expect(r.code).toBe(0);
    const check = JSON.parse((await cli('--db', db, 'check', '--as-at', '2024-06-30', '--format', 'json')).out) as {
      groups: { rule: string; column: string; examples: { sheet: string; cell: string; message: string }[] }[];
    };
    const g = check.groups.find((x) => x.rule === 'future-date');
    expect(g?.column).toBe('Date of Contact');
    expect(g?.examples[0]).toMatchObject({ sheet: 'List 1', cell: 'F2', message: 'Date of Contact 9999-12-31 is after the as-at date 2024-06-30' });
  });
});
