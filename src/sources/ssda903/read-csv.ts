import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { SSDA903_TABLE_DEFS } from '../../model/ssda903.js';
import type { Finding, Severity } from '../annex-a/finding.js';
import { type TextEncoding, bomEncoding, clipText, decodeFile, isUtf8, readHead } from '../text-file.js';
import { headerName, identifyTable, type TableMatch } from './identify-table.js';
import { ReturnTable } from './table.js';

/** A CSV file of the return as read: its table (null when no table fits) and its rows. */
export interface CsvTableRead {
  readonly file: string;
  readonly table: ReturnTable | null;
  readonly match: TableMatch | null;
  readonly encoding: TextEncoding;
}

type Find = (rule: string, severity: Severity, row: number | null, column: string | null, child: string | null, value: string | null, message: string) => void;

/** A record longer than this is not a row of the return. */
const MAX_RECORD_CHARS = 1_000_000;
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Reads one CSV file of an SSDA903 return, streaming, and recognises its table by its header
 * set whatever the file is called. Values are kept as text (trimmed, blank as null); a row's
 * number is its 1-based data row, as the DfE tools number it. Never throws on bad data: a file
 * that is not CSV, has no header of any table, or breaks off inside quotes is a finding and
 * yields no table.
 */
export async function readSsda903Csv(path: string, finding: (f: Finding) => void): Promise<CsvTableRead> {
  const file = basename(path);
  const find: Find = (rule, severity, row, column, child, value, message) =>
    finding({ rule, severity, list: null, sheet: file, row, column, cell: null, childId: child, value, message });

  const head = await readHead(path, 64 * 1024);
  let encoding: TextEncoding = bomEncoding(head) ?? 'utf-8';
  if (!bomEncoding(head) && !(await isUtf8(path))) {
    encoding = 'windows-1252';
    find('encoding-windows-1252', 'info', null, null, null, null, 'the file is not UTF-8; it was read as Windows-1252 (what Excel writes as "CSV (Comma delimited)")');
  }
  const headText = new TextDecoder(encoding).decode(head);
  const firstLine = headText.replace(/^\ufeff/, '').split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const delimiter = DELIMITERS.map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]?.d ?? ',';

  const source = (await plainCsv(path)) ? plainRecords(path, encoding, delimiter) : quotedRecords(path, encoding, delimiter);
  let match: TableMatch | null = null;
  let headerSeen = false;
  let columns: (string | null)[][] = [];
  let names: string[] = [];
  let at: number[] = [];
  const rowNumbers: number[] = [];
  let width = 0;
  let extraCells = 0;
  let firstExtra: number | null = null;
  try {
    outer: for await (const batch of source) for (const record of batch) {
      if (!headerSeen) {
        headerSeen = true;
        width = record.length;
        match = identifyTable(record);
        if (!match) {
          const cells = record.map(headerName).filter((h) => h !== '');
          find('unknown-table', 'error', 0, null, null, clipText(cells.join(delimiter)),
            `the header row (${clipText(cells.join(', '), 120)}) is not the header of any SSDA903 table; the file was not read. ` +
              'Each table has its own set of columns (Header: CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB; Episodes: CHILD, DECOM, RNE, …)');
          break outer;
        }
        reportHeader(match, find);
        names = [...match.positions.keys()];
        at = names.map((n) => match?.positions.get(n) as number);
        columns = names.map(() => []);
        continue;
      }
      rowNumbers.push(rowNumbers.length + 1);
      for (let k = 0; k < names.length; k++) {
        const v = record[at[k] as number];
        const t = v === undefined ? '' : v.trim();
        (columns[k] as (string | null)[]).push(t === '' ? null : t);
      }
      if (record.length > width && record.slice(width).some((c) => c.trim() !== '')) {
        extraCells++;
        firstExtra ??= rowNumbers.length;
      }
    }
  } catch (e) {
    if (e instanceof CsvError) {
      find('not-csv', 'error', rowNumbers.length + 1, null, null, null, `the file cannot be read as CSV (${csvProblem(e)}); the file was not read`);
      return { file, table: null, match, encoding };
    }
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message)) {
      find('not-csv', 'error', null, null, null, null, `the file is not valid ${encoding.toUpperCase()} text; the file was not read`);
      return { file, table: null, match, encoding };
    }
    throw e;
  } finally {
    await source.return(undefined);
  }
  if (!headerSeen) {
    find('empty-file', 'error', null, null, null, null, 'the file holds no header row; the file was not read');
    return { file, table: null, match: null, encoding };
  }
  if (!match) return { file, table: null, match: null, encoding };
  if (extraCells > 0) {
    find('extra-cells', 'warning', firstExtra, null, null, null, `${extraCells} row(s) have more cells than the header (first: row ${firstExtra}); the cells past the header were not read`);
  }
  if (rowNumbers.length === 0) {
    find('no-rows', 'warning', null, null, null, null, `the ${match.table} file has a header row but no data rows`);
  }
  const table = new ReturnTable(match.table, file, new Map(names.map((n, k) => [n, columns[k] as (string | null)[]])), rowNumbers);
  reportDateFormats(table, find);
  return { file, table, match, encoding };
}

/**
 * Whether the file can be split on line breaks and delimiters alone: no double quote anywhere
 * (so no quoted value, and no line break inside one) and no bare carriage returns. Exports of
 * the return nearly always are; the others go through csv-parse, which is far slower.
 */
async function plainCsv(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    if (b.includes(0x22)) return false;
    for (let i = b.indexOf(0x0d); i >= 0; i = b.indexOf(0x0d, i + 1)) if (i + 1 < b.length && b[i + 1] !== 0x0a) return false;
  }
  return true;
}

/** Records of a plain file, a batch per chunk read: blank lines skipped, as csv-parse would. */
async function* plainRecords(path: string, encoding: TextEncoding, delimiter: string): AsyncGenerator<string[][]> {
  let rest = '';
  for await (const text of decodeFile(path, encoding)) {
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    yield toRecords(lines, delimiter);
  }
  if (rest !== '') yield toRecords([rest], delimiter);
}

function toRecords(lines: string[], delimiter: string): string[][] {
  const out: string[][] = [];
  for (let line of lines) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line !== '') out.push(line.split(delimiter));
  }
  return out;
}

/** Records through csv-parse (quoting, line breaks inside values), one at a time. */
async function* quotedRecords(path: string, encoding: TextEncoding, delimiter: string): AsyncGenerator<string[][]> {
  const parser = parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, max_record_size: MAX_RECORD_CHARS });
  const source = Readable.from(decodeFile(path, encoding));
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield [record];
  } finally {
    source.destroy();
  }
}

function reportHeader(m: TableMatch, find: Find): void {
  for (const c of m.missing) {
    find('missing-column', 'error', 0, c, null, null, `the ${m.table} file has no ${c} column; every rule that reads ${m.table} ${c} fails to run`);
  }
  for (const e of m.extra) {
    find('extra-column', 'warning', 0, e.header, null, e.header, `column ${e.index + 1} "${clipText(e.header, 40)}" is not a column of the ${m.table} table; it was not read`);
  }
  for (const r of m.repeated) find('repeated-column', 'warning', 0, r, null, r, `the ${r} column appears more than once; the first was read`);
}

/**
 * A date column holding another form than dd/mm/yyyy (2024-03-31, 31/03/24, an Excel serial)
 * is named once per file, with how many and the first: the format rules (102, 141, 147…) then
 * report each row, and the other rules treat such a value as no date.
 */
function reportDateFormats(t: ReturnTable, find: Find): void {
  for (const c of SSDA903_TABLE_DEFS[t.name].dates) {
    if (!t.has(c)) continue;
    const raw = t.raw(c);
    const days = t.day(c);
    let n = 0;
    let first = -1;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== null && Number.isNaN(days[i] as number)) {
        n++;
        if (first < 0) first = i;
      }
    }
    if (n === 0) continue;
    const value = raw[first] as string;
    const kind = /^\d{4}-\d{1,2}-\d{1,2}/.test(value) ? 'year-first (yyyy-mm-dd)'
      : /^\d{1,2}\/\d{1,2}\/\d{2}$/.test(value) ? 'a two-digit year'
      : /^\d{1,2}[-.]\d{1,2}[-.]\d{4}$/.test(value) ? 'dashes or dots'
      : /^\d{5}(\.\d+)?$/.test(value) ? 'an Excel serial number'
      : 'not a date';
    find('date-format', 'error', t.rowNumbers[first] ?? null, c, t.raw('CHILD')[first] ?? null, clipText(value),
      `${c}: ${n} value(s) are not dd/mm/yyyy dates (first: row ${t.rowNumbers[first]}, "${clipText(value, 40)}", ${kind}); they count as invalid dates`);
  }
}

function csvProblem(e: CsvError): string {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed';
    case 'CSV_MAX_RECORD_SIZE':
      return `a row is longer than ${MAX_RECORD_CHARS.toLocaleString('en-GB')} characters`;
    default:
      return e.message;
  }
}
