import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { child, cpp, episode, header } from '../../quality/cin-census/testing.js';
import { cinCensusXml } from '../../synthetic/cin-census/write-xml.js';
import { type CinReadResult, readCinCensus } from './read-cin-census.js';
import type { CinChild, CinSchemaIssue } from './records.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('csc-cin-read-'));
});
afterAll(async () => cleanup());

async function read(xml: string, year?: number): Promise<{ children: CinChild[]; issues: CinSchemaIssue[]; result: CinReadResult }> {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(file, xml);
  const children: CinChild[] = [];
  const issues: CinSchemaIssue[] = [];
  const result = await readCinCensus(file, { child: (c) => children.push(c), issue: (i) => issues.push(i) }, { year });
  return { children, issues, result };
}

describe('reading a CIN Census file', () => {
  it('reads each child with its episodes, groups and every review date, in order, with its position and line', async () => {
    const plan = cpp({ reviews: ['2024-08-20', '2025-02-10', '2025-03-28'] });
    const xml = cinCensusXml(header(2025), [child('A', { disabilities: ['MOB', 'HEAR'], episodes: [episode(), episode({ seq: 2, referral: '2024-09-01', cpps: [plan] })] }), child('B')], 2025);
    const { children, issues, result } = await read(xml);
    expect(issues).toEqual([]);
    expect(result).toMatchObject({ year: 2025, yearBasis: 'header', children: 2, header: { referenceDate: '2025-03-31', lea: '201', collection: 'CIN' } });
    expect(children.map((c) => [c.position, c.id])).toEqual([[1, 'A'], [2, 'B']]);
    expect(children[0]?.line).toBe(19);
    const a = children[0] as CinChild;
    expect(a).toMatchObject({ sex: 'F', gender: null, birth: '2015-06-01', disabilities: ['MOB', 'HEAR'] });
    expect(a.episodes.map((e) => [e.seq, e.referral, e.nfa])).toEqual([[1, '2024-05-01', 'false'], [2, '2024-09-01', 'false']]);
    expect(a.episodes[1]?.cpps[0]).toMatchObject({ seq: 1, start: '2024-05-22', previous: '0', reviews: ['2024-08-20', '2025-02-10', '2025-03-28'] });
    expect(a.episodes[0]?.assessments[0]).toMatchObject({ seq: 1, start: '2024-05-02', auth: '2024-06-10', factors: ['3A'] });
  });

  it('reads namespaced elements, CDATA and entities, and trims whitespace', async () => {
    const xml = `<?xml version="1.0"?>
<c:Message xmlns:c="urn:dfe:cin"><c:Header><c:CollectionDetails><c:Collection>CIN</c:Collection><c:Year>2025</c:Year><c:ReferenceDate>2025-03-31</c:ReferenceDate></c:CollectionDetails></c:Header>
<c:Children><c:Child><c:ChildIdentifiers><c:LAchildID> A&amp;1 </c:LAchildID><c:Sex><![CDATA[F]]></c:Sex></c:ChildIdentifiers></c:Child></c:Children></c:Message>`;
    const { children } = await read(xml);
    expect(children[0]).toMatchObject({ id: 'A&1', sex: 'F' });
  });

  it('reports what breaks the schema with the child and line: a bad date, an unknown or repeated element, the wrong sex element for the year', async () => {
    const xml = cinCensusXml(header(2025), [child('A', { birth: '31/05/2015' })], 2025)
      .replace('<Ethnicity>WBRI</Ethnicity>', '<Ethnicity>WBRI</Ethnicity><Religion>x</Religion>')
      .replace('<LAchildID>A</LAchildID>', '<LAchildID>A</LAchildID><LAchildID>B</LAchildID><GenderCurrent>2</GenderCurrent>');
    const { children, issues, result } = await read(xml);
    expect(children[0]?.id).toBe('A');
    expect(issues.map((i) => [i.position, i.childId, i.table, i.field])).toEqual([
      [1, 'A', 'ChildIdentifiers', 'LAchildID'],
      [1, 'A', 'ChildIdentifiers', 'GenderCurrent'],
      [1, 'A', 'ChildIdentifiers', 'PersonBirthDate'],
      [1, 'A', 'ChildCharacteristics', 'Religion'],
    ]);
    expect(issues[2]?.reason).toMatch(/not a date/);
    expect(result.unknownElements).toEqual({ 'ChildCharacteristics/Religion': 1 });
  });

  it('takes the year given over the header, saying so, and refuses a year it does not know', async () => {
    const xml = cinCensusXml(header(2024), [child('A', { gender: '2', sex: null })], 2024);
    const given = await read(xml, 2025);
    expect(given.result).toMatchObject({ year: 2025, yearBasis: 'given' });
    expect(given.issues.some((i) => i.field === 'Year' && /validated as 2025/.test(i.reason))).toBe(true);
    await expect(read(xml.replace('<Year>2024</Year>', '<Year>2019</Year>'))).rejects.toThrow(/collection year "2019" .* reads 2023, 2024, 2025, 2026/);
    await expect(read(xml, 2031)).rejects.toThrow(/2031.*--year/);
    await expect(read(xml.replace('<Year>2024</Year>', ''))).rejects.toThrow(/no collection Year; give the year with --year/);
  });

  it('reads 2025/26 PreProceedingsandFGDM groups without loading them, and reports them in an earlier year', async () => {
    const pp = '<PreProceedingsandFGDM><PPStartDate>2025-01-10</PPStartDate></PreProceedingsandFGDM></CINdetails>';
    const xml26 = cinCensusXml(header(2026), [child('A', { episodes: [episode({ referral: '2025-05-01' })] })], 2026).replace('</CINdetails>', pp);
    const r26 = await read(xml26);
    expect(r26.issues).toEqual([]);
    expect(r26.result.preProceedings).toBe(1);
    const r25 = await read(xml26.replace(/2026/g, '2025'));
    expect(r25.result.unknownElements).toEqual({ 'CINdetails/PreProceedingsandFGDM': 1 });
  });

  it('counts a Reviews group with no date as a review with a missing date', async () => {
    const xml = cinCensusXml(header(2025), [child('A', { episodes: [episode({ cpps: [cpp({ reviews: [] })] })] })], 2025).replace('<NumberOfPreviousCPP>0</NumberOfPreviousCPP>', '<NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews></Reviews>');
    const { children } = await read(xml);
    expect(children[0]?.episodes[0]?.cpps[0]?.reviews).toEqual(['']);
  });
});
