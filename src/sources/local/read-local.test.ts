import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { dayToIso, isoToDay } from '../../model/dates.js';
import { type LocalKind, localTemplate } from '../../model/local-templates.js';
import type { Finding } from '../annex-a/finding.js';
import { type LocalReadResult, type LocalRow, LocalFileError, readLocal } from './read-local.js';

describe('reading a local template CSV', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('csc-local-'));
  });
  afterAll(async () => cleanup());

  let n = 0;
  async function read(kind: LocalKind, content: string | Buffer, today = '2024-12-31'): Promise<{ result: LocalReadResult; rows: LocalRow[]; findings: Finding[] }> {
    const file = join(dir, `${kind}-${++n}.csv`);
    await writeFile(file, content);
    const rows: LocalRow[] = [];
    const findings: Finding[] = [];
    const result = await readLocal(file, localTemplate(kind), { row: (r) => rows.push(r), finding: (f) => findings.push(f) }, { todayDay: isoToDay(today) });
    return { result, rows, findings };
  }
  async function refused(kind: LocalKind, content: string | Buffer, message: RegExp): Promise<void> {
    const err = await read(kind, content).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LocalFileError);
    expect((err as Error).message).toMatch(message);
  }
  const at = (kind: LocalKind, row: LocalRow, key: string): unknown => row.values[localTemplate(kind).columns.findIndex((c) => c.key === key)];

  it('reads a plain comma-separated file with the template headers', async () => {
    const { result, rows, findings } = await read(
      'supervision',
      'Worker ID,Worker,Team,Supervision Date,Supervisor,Supervision Type,Child ID\nE1,Sarah Patel,CP 1,04/03/2024,Ruth Clarke,Formal,\nE2,Tom Hughes,CP 1,2024-03-11,Ruth Clarke,case supervision,C9\n',
    );
    expect(findings).toEqual([]);
    expect(result).toMatchObject({ rows: 2, headerRow: 1, delimiter: ',', encoding: 'utf-8' });
    expect(dayToIso(result.latestDay as number)).toBe('2024-03-11');
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(at('supervision', rows[1] as LocalRow, 'supervision_type')).toBe('Case');
    expect(dayToIso(at('supervision', rows[0] as LocalRow, 'supervision_date') as number)).toBe('2024-03-04');
  });

  it('takes a BOM, semicolons, CRLF, title lines, Excel quoting and a line break inside a cell, and counts lines as an editor does', async () => {
    const csv = '\ufeffAudit report;;\r\nproduced 01/04/2024\r\n\r\n"Audit ID";Child ID;Audit Date;Domain;Grade;Moderated;Auditor\r\n' +
      'A1;C1;21/03/2024;Overall;RI;y;"Ward; Helen"\r\n' +
      'A1;C1;21/03/2024;"Assessment";"Requires\r\nImprovement";N;"Helen ""HW"" Ward"\r\n' +
      'A2;C2;22/03/2024;cp;3;Yes;X\r\n';
    const { result, rows, findings } = await read('audits', csv);
    expect(result).toMatchObject({ delimiter: ';', headerRow: 4, rows: 3 });
    expect(rows.map((r) => r.rowNumber)).toEqual([5, 6, 8]);
    expect(rows.map((r) => at('audits', r, 'grade'))).toEqual(['Requires improvement', 'Requires improvement', 'Requires improvement']);
    expect(at('audits', rows[0] as LocalRow, 'auditor')).toBe('Ward; Helen');
    expect(at('audits', rows[1] as LocalRow, 'auditor')).toBe('Helen "HW" Ward');
    expect(at('audits', rows[2] as LocalRow, 'domain')).toBe('Child protection');
    expect(at('audits', rows[0] as LocalRow, 'moderated')).toBe('Yes');
    expect(findings.map((f) => f.rule).sort()).toEqual(['header-below-title', 'missing-column', 'missing-column']);
    expect(findings.find((f) => f.rule === 'header-below-title')?.message).toContain('the header row is line 4; 2 line(s) above it');
  });

  it('reads a Windows-1252 file (Excel "CSV (Comma delimited)") and says so', async () => {
    const csv = Buffer.from('Child ID,Oversight Date,Manager\nC1,01/03/2024,Ren\u00e9e Dupr\u00e9\n', 'latin1');
    const { rows, findings } = await read('oversight', csv);
    expect(at('oversight', rows[0] as LocalRow, 'manager')).toBe('Ren\u00e9e Dupr\u00e9');
    expect(findings.map((f) => f.rule)).toContain('encoding-windows-1252');
  });

  it('reports unknown, repeated, misspelt and missing columns, and extra cells', async () => {
    const csv = 'Team,Month,Funded FTE,Permanant FTE,Agency FTE,Agency FTE,Notes\nCP 1,Mar 2024,9,7.5,1.5,2,hello,surplus\n';
    const { rows, findings } = await read('establishment', csv);
    const by = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(by('unmapped-column').map((f) => [f.column, f.cell])).toEqual([['Notes', 'G1']]);
    expect(by('duplicate-column').map((f) => [f.column, f.cell])).toEqual([['Agency FTE', 'F1']]);
    expect(by('header-approximate').map((f) => f.column)).toEqual(['Permanant FTE']);
    expect(by('missing-column').map((f) => [f.column, f.severity])).toEqual([
      ['Service Area', 'info'],
      ['Role', 'info'],
      ['Vacant FTE', 'info'],
    ]);
    expect(by('extra-cells')).toEqual([expect.objectContaining({ row: 2, cell: 'H2', value: 'surplus' })]);
    expect(at('establishment', rows[0] as LocalRow, 'agency_fte')).toBe(1.5);
    expect(at('establishment', rows[0] as LocalRow, 'permanent_fte')).toBe(7.5);
    expect(dayToIso(at('establishment', rows[0] as LocalRow, 'as_at') as number)).toBe('2024-03-31');
  });

  it('makes a missing required column an error, and a missing worker column an error only when both are missing', async () => {
    const { findings } = await read('supervision', 'Team,Supervisor\nCP 1,Ruth\n');
    const missing = findings.filter((f) => f.rule === 'missing-column');
    expect(missing.filter((f) => f.severity === 'error').map((f) => f.column)).toEqual(['Worker ID', 'Worker', 'Supervision Date']);
    const named = await read('supervision', 'Worker,Supervision Date\nSam,01/03/2024\n');
    expect(named.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('stores unreadable dates, numbers and codes as blank, with line, column as written, cell and original text', async () => {
    const long = 'x'.repeat(100_000);
    const csv = `Child ID,Audit Date,Domain,Grade,Moderated\nC1,31/02/2024,Overall,Excellent,maybe\nC2,2024-13-01,Planing,Good,N\n${long},01/03/2024,Overall,Good,Y\n`;
    const { rows, findings } = await read('audits', csv);
    expect(rows).toHaveLength(3);
    expect(findings.filter((f) => f.rule === 'unreadable-value').map((f) => [f.row, f.column, f.cell, f.value?.slice(0, 12)])).toEqual([
      [2, 'Audit Date', 'B2', '31/02/2024'],
      [2, 'Grade', 'D2', 'Excellent'],
      [2, 'Moderated', 'E2', 'maybe'],
      [3, 'Audit Date', 'B3', '2024-13-01'],
      [3, 'Domain', 'C3', 'Planing'],
      [4, 'Child ID', 'A4', 'xxxxxxxxxxxx'],
    ]);
    const r = rows[0] as LocalRow;
    const i = localTemplate('audits').columns.findIndex((c) => c.key === 'audit_date');
    expect([r.values[i], r.unreadable[i]]).toEqual([null, true]);
    const longFinding = findings.find((f) => f.row === 4) as Finding;
    expect(longFinding.value?.length).toBeLessThan(300);
    expect(longFinding.value).toContain('100,000 characters');
    expect(findings.find((f) => f.row === 2 && f.column === 'Grade')).toMatchObject({ childId: 'C1', severity: 'error', sheet: expect.stringMatching(/\.csv$/) });
  });

  it('loads a header-only file as no rows, with a warning', async () => {
    const { result, findings } = await read('oversight', 'Child ID,Team,Worker,Oversight Date,Manager,Oversight Kind\n');
    expect(result.rows).toBe(0);
    expect(result.latestDay).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(['no-rows']);
  });

  it('never takes a date after today as the latest date', async () => {
    const { result } = await read('oversight', 'Child ID,Oversight Date\nC1,01/03/2024\nC2,01/03/2031\n', '2024-06-30');
    expect(dayToIso(result.latestDay as number)).toBe('2024-03-01');
  });

  it('refuses what cannot be a template file, naming the file and why', async () => {
    await refused('supervision', '', /supervision-\d+\.csv: the file is empty/);
    await refused('supervision', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2]), /xlsx workbook.*save it as CSV/);
    await refused('supervision', '<?xml version="1.0"?><Message/>', /XML or HTML file, not CSV/);
    await refused('supervision', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), /binary file/);
    await refused('supervision', 'Name,Salary\nA,1\nB,2\n', /no header row of the supervision template in its first 10 non-blank lines.*"Worker ID", "Worker"/);
    await refused('audits', 'Child ID,Audit Date\nC1,"01/03/2024\nC2,02/03/2024\n', /a quoted value is never closed/);
  });
});
