import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { identifyTable } from './identify-table.js';
import { readSsda903 } from './read-ssda903.js';

describe('reading SSDA903 files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('ssda903-read-'));
  });
  afterAll(async () => cleanup());
  const file = async (name: string, text: string | Buffer): Promise<string> => {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  };

  it('recognises a table by its header set, whatever the file name, column order or case', async () => {
    const p = await file('whatever.txt', '\ufeffuasc_placeholder\r\n'.replace('uasc_placeholder', 'dob,Child, SEX ,DUC') + '01/01/2008,C1,M,01/01/2026\r\n\r\n02/02/2009,C2,F,\r\n');
    const r = await readSsda903([p]);
    expect(r.findings).toEqual([]);
    expect(r.files).toEqual([{ file: 'whatever.txt', format: 'csv', tables: [{ table: 'UASC', rows: 2, match: 'exact' }] }]);
    const t = r.data.tables.UASC;
    expect(t.raw('CHILD')).toEqual(['C1', 'C2']);
    expect(t.raw('DUC')).toEqual(['01/01/2026', null]);
    expect(Array.from(t.rowNumbers)).toEqual([1, 2]);
    expect(r.data.supplied.has('UASC')).toBe(true);
    expect(r.data.tables.Header.length).toBe(0);
  });

  it('reads quoted values (commas, quotes, line breaks) as csv-parse does, and the plain fast path the same', async () => {
    const quoted = await file('q.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"A,1",M,"01/01/2012","WB""RI",,,\n"B\nX",F,01/01/2013,WBRI,,0,\n');
    const r = await readSsda903([quoted]);
    expect(r.data.tables.Header.raw('CHILD')).toEqual(['A,1', 'B\nX']);
    expect(r.data.tables.Header.raw('ETHNIC')).toEqual(['WB"RI', 'WBRI']);
    expect(r.data.tables.Header.raw('MOTHER')).toEqual([null, '0']);
  });

  it('reads a table with a column missing or extra, and says so; a second file of the same table is refused', async () => {
    const a = await file('a.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,NOTE\n1,M,01/01/2012,WBRI,,,hello\n');
    const b = await file('b.csv', 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n2,M,01/01/2012,WBRI,,,\n');
    const r = await readSsda903([a, b]);
    expect(r.findings.map((f) => [f.sheet, f.rule, f.severity])).toEqual([
      ['a.csv', 'missing-column', 'error'],
      ['a.csv', 'extra-column', 'warning'],
      ['b.csv', 'duplicate-table', 'error'],
    ]);
    expect(r.data.tables.Header.raw('CHILD')).toEqual(['1']);
    expect(r.data.tables.Header.has('MC_DOB')).toBe(false);
    expect(() => r.data.tables.Header.raw('MC_DOB')).toThrow(/has no MC_DOB column/);
  });

  it('tells apart tables that share columns', () => {
    expect(identifyTable(['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'])?.table).toBe('Reviews');
    expect(identifyTable(['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER'])?.table).toBe('Header');
    expect(identifyTable(['CHILD', 'DOB'])).toBeNull();
    expect(identifyTable(['DOB', 'SEX', 'DUC'])).toBeNull();
  });

  it('reads the XML form into the tables, each row numbered by its child', async () => {
    const x = await file('r.xml', `<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD><HEADER><CHILDID>7</CHILDID><SEX>F</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC>1</UASC><DUC>01/01/2028</DUC><MOTHER>0</MOTHER>
    <AREVIEW><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW><AREVIEW><REVIEW>01/12/2024</REVIEW><REVIEW_CODE>PN2</REVIEW_CODE></AREVIEW>
    <AMISSING><MISSING>M</MISSING><MIS_START>01/07/2024</MIS_START></AMISSING></HEADER>
    <EPISODE><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD>
  <CHILD><HEADER><CHILDID>8</CHILDID><SEX>M</SEX><DOB>01/01/2005</DOB><IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>B1</ACCOM><FAVOURITE>blue</FAVOURITE></HEADER></CHILD>
</EXPSSDA903>`);
    const r = await readSsda903([x]);
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/<HEADER\/FAVOURITE> is not part of the SSDA903 return/)]);
    const t = r.data.tables;
    expect(r.data.format).toBe('xml');
    expect(t.Header.raw('CHILD')).toEqual(['7', '8']);
    expect(t.Header.raw('UASC')).toEqual(['1', null]);
    expect(t.Reviews.raw('REVIEW_CODE')).toEqual(['PN1', 'PN2']);
    expect(Array.from(t.Reviews.rowNumbers)).toEqual([1, 1]);
    expect(t.Episodes.raw('PLACE')).toEqual(['U4']);
    expect(t.UASC.raw('DUC')).toEqual(['01/01/2028']);
    expect(t.Missing.raw('MIS_END')).toEqual([null]);
    expect(t.OC3.raw('CHILD')).toEqual(['8']);
    expect(Array.from(t.OC3.rowNumbers)).toEqual([2]);
    expect(t.OC3.raw('DOB')).toEqual(['01/01/2005']);
    expect(r.data.supplied.has('SWEpisodes')).toBe(false);
  });

  it('refuses an XML return given with CSV files, and one that is not SSDA903', async () => {
    const x = await file('m.xml', '<Message><Header/></Message>');
    const c = await file('c.csv', 'CHILD,SEX,DOB,DUC\n1,M,01/01/2010,\n');
    expect((await readSsda903([x, c])).findings.map((f) => f.rule)).toEqual(['mixed-files']);
    expect((await readSsda903([x])).findings.map((f) => f.message)).toEqual([expect.stringMatching(/root element is <Message>, not <EXPSSDA903>/)]);
  });
});
