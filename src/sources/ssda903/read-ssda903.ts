import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Ssda903Table } from '../../model/ssda903.js';
import type { Finding } from '../annex-a/finding.js';
import { notTextReason, readHead } from '../text-file.js';
import { readSsda903Csv } from './read-csv.js';
import { readSsda903Xml } from './read-xml.js';
import { type ReturnTable, type Ssda903Return, makeReturn } from './table.js';

/** How one file of the return was read. */
export interface Ssda903FileRead {
  readonly file: string;
  readonly format: 'csv' | 'xml' | null;
  /** The tables read from it (one for a CSV file, several for XML; none when unreadable). */
  readonly tables: readonly { table: Ssda903Table; rows: number; match: 'exact' | 'partial' | 'xml' }[];
}

export interface Ssda903Read {
  readonly data: Ssda903Return;
  readonly files: readonly Ssda903FileRead[];
  /** Problems with the files themselves (unknown table, missing column, not XML…), never thrown. */
  readonly findings: readonly Finding[];
}

/**
 * Reads the files of one year's return: CSV files (one table each, recognised by the header,
 * whatever their names) or one XML file holding every table. Nothing here throws on bad input:
 * a missing, empty, binary or unreadable file, an unknown table or a table given twice becomes a
 * finding, and the tables that could be read are returned (the others empty).
 */
export async function readSsda903(paths: readonly string[]): Promise<Ssda903Read> {
  const findings: Finding[] = [];
  const finding = (f: Finding): void => {
    findings.push(f);
  };
  const fileFinding = (file: string, rule: string, message: string): void =>
    finding({ rule, severity: 'error', list: null, sheet: file, row: null, column: null, cell: null, childId: null, value: null, message });
  const files: Ssda903FileRead[] = [];
  const tables: Partial<Record<Ssda903Table, ReturnTable>> = {};
  let xmlTables: Partial<Record<Ssda903Table, ReturnTable>> | null = null;
  const kinds = await Promise.all(paths.map(async (p) => ({ path: p, kind: await kindOf(p) })));
  const csvCount = kinds.filter((k) => k.kind.kind === 'csv').length;
  const xmlCount = kinds.filter((k) => k.kind.kind === 'xml').length;

  for (const { path, kind } of kinds) {
    const file = basename(path);
    if (kind.kind === 'bad') {
      fileFinding(file, 'unreadable-file', `${kind.why}; the file was not read`);
      files.push({ file, format: null, tables: [] });
      continue;
    }
    if (kind.kind === 'xml') {
      if (csvCount > 0 || xmlCount > 1) {
        fileFinding(file, 'mixed-files', 'an XML return holds every table: give it on its own, not with CSV files or another XML file; the file was not read');
        files.push({ file, format: 'xml', tables: [] });
        continue;
      }
      const read = await readSsda903Xml(path, finding);
      xmlTables = read.tables;
      files.push({ file, format: 'xml', tables: Object.values(read.tables ?? {}).map((t) => ({ table: t.name, rows: t.length, match: 'xml' as const })) });
      continue;
    }
    const read = await readSsda903Csv(path, finding);
    if (!read.table || !read.match) {
      files.push({ file, format: 'csv', tables: [] });
      continue;
    }
    const earlier = tables[read.table.name];
    if (earlier) {
      fileFinding(file, 'duplicate-table', `this file holds the ${read.table.name} table, which ${earlier.file} already gave; only the first was read`);
      files.push({ file, format: 'csv', tables: [] });
      continue;
    }
    tables[read.table.name] = read.table;
    files.push({ file, format: 'csv', tables: [{ table: read.table.name, rows: read.table.length, match: read.match.match }] });
  }
  const data = xmlTables ? makeReturn('xml', xmlTables) : makeReturn('csv', tables);
  return { data, files, findings };
}

type Kind = { kind: 'csv' } | { kind: 'xml' } | { kind: 'bad'; why: string };

async function kindOf(path: string): Promise<Kind> {
  const s = await stat(path).catch(() => null);
  if (!s || !s.isFile()) return { kind: 'bad', why: 'file not found' };
  const notText = await notTextReason(path).catch(() => 'the file cannot be read');
  if (notText) return { kind: 'bad', why: notText };
  const head = (await readHead(path, 256)).toString('latin1').replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\0/g, '').trimStart();
  return head.startsWith('<') ? { kind: 'xml' } : { kind: 'csv' };
}
