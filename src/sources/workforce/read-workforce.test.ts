import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { dayToIso } from '../../model/dates.js';
import { CSWW_WORKER_FIELDS } from '../../model/workforce-census.js';
import type { Finding } from '../annex-a/finding.js';
import { type WorkerRow, type WorkforceReadResult, WorkforceFileError, readWorkforce } from './read-workforce.js';

const HEADER = `<Header><CollectionDetails><Collection>CSWW</Collection><Year>2023</Year><ReferenceDate>2023-09-30</ReferenceDate></CollectionDetails>
<Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>test</SoftwareCode><DateTime>2023-10-20T10:00:00</DateTime></Source></Header>
<LALevelVacancies><NumberOfVacancies>12.50</NumberOfVacancies><NoAgencyFTE>8.00</NoAgencyFTE><NoAgencyHeadcount>9</NoAgencyHeadcount></LALevelVacancies>`;

const WORKER = `<CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW1234567890</SWENo><FTE>1.000000</FTE><PersonBirthDate>1985-03-14</PersonBirthDate>
<GenderCurrent>2</GenderCurrent><Ethnicity>WBRI</Ethnicity><QualInst>Uni A</QualInst><QualLevel>1</QualLevel><StepUpGrad>0</StepUpGrad><OrgRole>5</OrgRole>
<RoleStartDate>2019-01-07</RoleStartDate><StartOrigin>1</StartOrigin><FTE30>0.800000</FTE30><Cases30>17</Cases30><WorkingDaysLost>3.50</WorkingDaysLost>
<FrontlineGrad>0</FrontlineGrad><Absat30Sept>0</Absat30Sept><CFKSSstatus>2</CFKSSstatus></CSWWWorker>`;

const census = (workers: string, header = HEADER): string => `<?xml version="1.0" encoding="utf-8"?>\n<Message>\n${header}\n${workers}\n</Message>\n`;

/** The hash the tests use: visibly not the number, and reversible only because the test knows the prefix. */
const hashSwe = (s: string): string => `hashed(${s.length})`;

describe('reading a workforce census file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('csc-csww-'));
  });
  afterAll(async () => cleanup());

  let n = 0;
  async function read(content: string | Buffer, name?: string): Promise<{ result: WorkforceReadResult; rows: WorkerRow[]; findings: Finding[] }> {
    const file = join(dir, name ?? `census-${++n}.xml`);
    await writeFile(file, content);
    const rows: WorkerRow[] = [];
    const findings: Finding[] = [];
    const result = await readWorkforce(file, { worker: (r) => rows.push(r), finding: (f) => findings.push(f) }, { hashSwe });
    return { result, rows, findings };
  }
  async function refused(content: string | Buffer, message: RegExp, name?: string): Promise<string> {
    const err = await read(content, name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkforceFileError);
    expect((err as Error).message).toMatch(message);
    return (err as Error).message;
  }
  const value = (row: WorkerRow, key: string): unknown => row.values[CSWW_WORKER_FIELDS.findIndex((f) => f.key === key)];
  const unreadable = (row: WorkerRow, key: string): boolean => row.unreadable[CSWW_WORKER_FIELDS.findIndex((f) => f.key === key)] as boolean;

  it('reads the header, the authority figures and each worker as typed values', async () => {
    const { result, rows, findings } = await read(census(WORKER + WORKER.replace('SW1234567890', 'SW0000000002').replace('<AgencyWorker>0', '<AgencyWorker>1')));
    expect(findings).toEqual([]);
    expect(result.workers).toBe(2);
    expect(result.referenceDay && dayToIso(result.referenceDay)).toBe('2023-09-30');
    expect(result.collectionYear).toBe(2023);
    expect(result.la.values).toContain(12.5);
    expect(result.la.values).toContain('999');
    const [w] = rows as [WorkerRow];
    expect(w.position).toBe(1);
    expect(w.line).toBe(6);
    expect(value(w, 'agency_worker')).toBe(false);
    expect(value(rows[1] as WorkerRow, 'agency_worker')).toBe(true);
    expect(value(w, 'swe_hash')).toBe('hashed(12)');
    expect(value(w, 'fte')).toBe(1);
    expect(value(w, 'fte30')).toBe(0.8);
    expect(value(w, 'cases30')).toBe(17);
    expect(value(w, 'working_days_lost')).toBe(3.5);
    expect(dayToIso(value(w, 'birth_month') as number)).toBe('1985-03-01');
    expect(dayToIso(value(w, 'role_start_date') as number)).toBe('2019-01-07');
    expect(value(w, 'org_role')).toBe('5');
    expect(value(w, 'role_end_date')).toBeNull();
    expect(value(w, 'cfkss_status')).toBe('2');
  });

  it('reports each unreadable value with the worker, element and original text, and stores it as blank', async () => {
    const bad = WORKER.replace('<FTE>1.000000', '<FTE>1.5')
      .replace('2019-01-07', '2019-02-30')
      .replace('<OrgRole>5', '<OrgRole>9')
      .replace('<Cases30>17', '<Cases30>-1')
      .replace('<GenderCurrent>2', '<GenderCurrent>X')
      .replace('<WorkingDaysLost>3.50', '<WorkingDaysLost>three');
    const { rows, findings } = await read(census(WORKER + bad));
    const w = rows[1] as WorkerRow;
    for (const key of ['fte', 'role_start_date', 'org_role', 'cases30', 'gender', 'working_days_lost']) {
      expect(value(w, key), key).toBeNull();
      expect(unreadable(w, key), key).toBe(true);
    }
    expect(findings.map((f) => [f.rule, f.row, f.column, f.value])).toEqual([
      ['unreadable-value', 2, 'FTE', '1.5'],
      ['unreadable-value', 2, 'GenderCurrent', 'X'],
      ['unreadable-value', 2, 'OrgRole', '9'],
      ['unreadable-value', 2, 'RoleStartDate', '2019-02-30'],
      ['unreadable-value', 2, 'Cases30', '-1'],
      ['unreadable-value', 2, 'WorkingDaysLost', 'three'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', list: null, sheet: expect.stringMatching(/\.xml$/) });
    expect(findings[0]?.message).toMatch(/CSWWWorker 2 \(line \d+\): FTE "1.5" expected a number from 0 to 1; stored as blank/);
  });

  it('never hands on a Social Work England number in clear, not even in a finding', async () => {
    const odd = WORKER.replace('SW1234567890', 'SW 12<!-- -->34;DROP');
    const { rows, findings } = await read(census(WORKER.replace('<SWENo>SW1234567890</SWENo>', '') + odd + WORKER.replace('SW1234567890', 'ab-123 ')));
    expect(findings.find((f) => f.rule === 'missing-element')).toMatchObject({ row: 1, column: 'SWENo', severity: 'error' });
    expect(findings.find((f) => f.rule === 'unreadable-value')).toMatchObject({ row: 2, column: 'SWENo', value: null });
    expect(value(rows[2] as WorkerRow, 'swe_hash')).toBe('hashed(6)'); // spaces out, upper case: AB-123
    expect(findings.find((f) => f.rule === 'swe-number-format')).toMatchObject({ row: 3, value: null });
    expect(JSON.stringify(findings)).not.toMatch(/1234|DROP|AB-?123/i);
  });

  it('keeps repeated elements as the schema allows, and reports the rest', async () => {
    const w = WORKER.replace('<Absat30Sept>0</Absat30Sept>', '<Absat30Sept>0</Absat30Sept><Absat30Sept>1</Absat30Sept><ReasonAbsence>SIC</ReasonAbsence><ReasonAbsence>mat</ReasonAbsence>')
      .replace('<QualInst>Uni A</QualInst>', '<QualInst>Uni A</QualInst><QualInst>Uni B</QualInst>')
      .replace('<Cases30>17</Cases30>', '<Cases30>17</Cases30><Cases30>3</Cases30>');
    const { rows, findings } = await read(census(w));
    const r = rows[0] as WorkerRow;
    expect(value(r, 'absent_30_sept')).toBe(true);
    expect(value(r, 'reason_absence')).toBe('SIC,MAT');
    expect(value(r, 'qual_inst')).toBe('Uni A; Uni B');
    expect(value(r, 'cases30')).toBe(17);
    expect(findings).toEqual([expect.objectContaining({ rule: 'repeated-element', column: 'Cases30', value: '3' })]);
  });

  it('reports elements that are no part of the census once each, with their count', async () => {
    const w = WORKER.replace('<Cases30>', '<Notes>hello</Notes><Cases30>');
    const { result, findings } = await read(census(`${w}${w}<Extra>1</Extra>`));
    expect(result.unknownElements).toEqual({ 'CSWWWorker/Notes': 2, Extra: 1 });
    expect(findings.filter((f) => f.rule === 'unknown-element')).toHaveLength(2);
  });

  it('flags a 100 000-character value as unreadable, quoting only its start', async () => {
    const { rows, findings } = await read(census(WORKER.replace('Uni A', 'x'.repeat(100_000))));
    expect(value(rows[0] as WorkerRow, 'qual_inst')).toBeNull();
    const f = findings[0] as Finding;
    expect(f).toMatchObject({ rule: 'unreadable-value', column: 'QualInst' });
    expect(f.value?.length).toBeLessThan(300);
    expect(f.value).toContain('100,000 characters');
  });

  it('reads namespaced, Windows-1252, UTF-16 and time-zoned files', async () => {
    const ns = census(WORKER).replace('<Message>', '<cs:Message xmlns:cs="urn:dfe:csww">').replace('</Message>', '</cs:Message>');
    expect((await read(ns)).rows).toHaveLength(1);
    const latin = Buffer.from(census(WORKER.replace('Uni A', 'Universit\u00e9')).replace('encoding="utf-8"', 'encoding="ISO-8859-1"'), 'latin1');
    expect(value((await read(latin)).rows[0] as WorkerRow, 'qual_inst')).toBe('Universit\u00e9');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(census(WORKER).replace('utf-8', 'utf-16'), 'utf16le')]);
    expect((await read(utf16)).rows).toHaveLength(1);
    const zoned = await read(census(WORKER, HEADER.replace('2023-09-30<', '2023-09-30Z<')));
    expect(zoned.result.referenceDay && dayToIso(zoned.result.referenceDay)).toBe('2023-09-30');
  });

  it('warns when the reference date is not 30 September, and when the authority figures are missing', async () => {
    const { findings } = await read(census(WORKER, HEADER.replace('2023-09-30', '2023-03-31').replace(/<LALevelVacancies>.*<\/LALevelVacancies>/, '')));
    expect(findings.map((f) => f.rule).sort()).toEqual(['missing-element', 'reference-date-not-30-september']);
  });

  it('refuses what is not a census, naming the file and why', async () => {
    await refused('', /census-\d+\.xml: the file is empty/);
    await refused('Worker ID,FTE\nE1,1\n', /not an XML file: it starts with "Worker ID,FTE" \(it looks like a CSV file\)/);
    await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2]), /xlsx workbook/);
    await refused('%PDF-1.7 binary', /PDF/);
    await refused('<?xml version="1.0"?><EXPSSDA903><CHILD/></EXPSSDA903>', /the root element is <EXPSSDA903>, not <Message>.*SSDA903/);
    await refused(census('<Children><Child/></Children>'), /CIN Census file/);
    await refused(census(WORKER, HEADER.replace('>CSWW<', '>CIN<')), /the collection is "CIN", not CSWW/);
    await refused('<Message><Header></Message>', /not well-formed XML at line 1/);
    await refused(`${census(WORKER)}<Message/>`, /not well-formed XML/);
    await refused('<Message><Foo>1</Foo></Message>', /holds no CSWWWorker and no LALevelVacancies/);
    await refused('<?xml version="1.0" encoding="EBCDIC"?><Message/>', /encoding "ebcdic"/);
    await refused(`<Message>${'<a>'.repeat(40)}`, /nested more than 32 deep/);
  });

  it('never resolves an external entity (XXE): the file is refused, and nothing is read or fetched', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>\n${census(WORKER.replace('Uni A', '&xxe;&web;')).replace(/^<\?xml[^>]*>\n/, '')}`;
    const message = await refused(xxe, /line 8: the file refers to an entity that is not defined; entities declared in a DOCTYPE are never expanded/);
    expect(message).not.toMatch(/root:|nologin/);
  });

  it('refuses an entity bomb (billion laughs) at once, without expanding it', async () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE Message [${lol}]>\n<Message><CSWWWorker><QualInst>&lol9;</QualInst></CSWWWorker></Message>`;
    const t0 = performance.now();
    await refused(bomb, /entity that is not defined/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('ignores a DOCTYPE that declares nothing used, with a warning', async () => {
    const doc = `<?xml version="1.0"?>\n<!DOCTYPE Message SYSTEM "http://127.0.0.1:9/csww.dtd" [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n${census(WORKER).replace(/^<\?xml[^>]*>\n/, '')}`;
    const { rows, findings } = await read(doc);
    expect(rows).toHaveLength(1);
    expect(findings.map((f) => f.rule)).toEqual(['doctype-ignored']);
  });
});
