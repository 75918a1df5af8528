import { Readable } from 'node:stream';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import type { LocalTemplate, TemplateColumn } from '../../model/local-templates.js';
import { UserError } from '../../user-error.js';
import type { Finding, Severity } from '../annex-a/finding.js';
import { type Parsed, isBlank, parseCodeCell, parseDate, parseDecimal, parseMonthOrDate, parseText } from '../cell-values.js';
import { type ColumnReport, knownHeader, matchHeaders } from '../header-match.js';
import { type TextEncoding, bomEncoding, clipText, decodeFile, isUtf8, notTextReason, readHead } from '../text-file.js';
import { columnLetters } from '../xlsx/cell.js';

/** One data row of a local template, in canonical form: values in the template's column order. */
export interface LocalRow {
  /** The CSV line the row starts on (1-based, as a text editor shows it). */
  readonly rowNumber: number;
  /** Text and codes as strings, dates as day numbers, FTEs as numbers; null when blank or unreadable. */
  readonly values: (string | number | null)[];
  /** Per column: the file held something that could not be read (the value is then null). */
  readonly unreadable: boolean[];
}

export interface LocalSink {
  row(row: LocalRow): void;
  finding(f: Finding): void;
}

export type Delimiter = ',' | ';' | '\t';

export interface LocalReadResult {
  readonly file: string;
  readonly kind: LocalTemplate['kind'];
  readonly encoding: TextEncoding;
  readonly delimiter: Delimiter;
  /** The line of the header row. */
  readonly headerRow: number;
  readonly columns: ColumnReport<TemplateColumn>;
  readonly rows: number;
  readonly blankRows: number;
  /** The latest key date (supervision date, audit date…) not after `today`, or null. */
  readonly latestDay: number | null;
}

/** The file cannot be read as the template at all (the message names the file and why). */
export class LocalFileError extends UserError {}

/** Rows above the header a file may have (a title, a "produced on" line). */
const HEADER_SEARCH_ROWS = 10;
/** A row longer than this is not a row of any template. */
const MAX_RECORD_CHARS = 20_000_000;

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const LINE_BREAK = /\r\n|\r|\n/g;
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * Reads a local template's CSV file, streaming: comma, semicolon or tab separated, UTF-8 (with
 * or without a byte-order mark) or Excel's Windows-1252, Excel-style quoting, title rows above
 * the header. Every header is mapped to the template or reported, every row is converted to
 * canonical values and handed to the sink, and every value that cannot be read is reported
 * with its line, column and original text. Throws LocalFileError only when the file as a whole
 * is unusable (empty, not text, no header row, a quote never closed).
 */
export async function readLocal(
  file: string,
  template: LocalTemplate,
  sink: LocalSink,
  options: { todayDay?: number } = {},
): Promise<LocalReadResult> {
  const name = basename(file);
  const fail = (why: string): never => {
    throw new LocalFileError(`${name}: ${why}`);
  };
  const notText = await notTextReason(file).catch(() => fail('file not found or not readable'));
  if (notText) fail(notText === 'the file is empty' ? 'the file is empty: a CSV file needs at least a header row' : `${notText}; save it as CSV`);

  const find = (rule: string, severity: Severity, row: number | null, column: string | null, cell: string | null, childId: string | null, value: string | null, message: string): void =>
    sink.finding({ rule, severity, list: null, sheet: name, row, column, cell, childId, value, message });

  const head = await readHead(file, 64 * 1024);
  let encoding = bomEncoding(head);
  if (!encoding) {
    encoding = (await isUtf8(file)) ? 'utf-8' : 'windows-1252';
    if (encoding === 'windows-1252') {
      find('encoding-windows-1252', 'info', null, null, null, null, null, 'the file is not UTF-8; it was read as Windows-1252 (what Excel writes as "CSV (Comma delimited)")');
    }
  }
  const headText = new TextDecoder(encoding).decode(head);
  if (/^\s*<(\?xml|!doctype|html|[A-Za-z]+[\s>])/i.test(headText)) fail('it is an XML or HTML file, not CSV');
  const delimiter = pickDelimiter(headText, template);

  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // Line numbers are counted from each record's raw text: csv-parse's own count takes a CRLF
    // inside a quoted cell for two lines.
    raw: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const source = Readable.from(decodeFile(file, encoding));
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);

  const todayDay = options.todayDay ?? Number.POSITIVE_INFINITY;
  const keyIndex = template.columns.findIndex((c) => c.key === template.keyDate);
  const childIndex = template.columns.findIndex((c) => c.key === 'child_id');
  let lastLine = 0;
  let headerRow = 0;
  let columns: ColumnReport<TemplateColumn> | null = null;
  let plan: { sheetIndex: number; listIndex: number; header: string; letter: string; parse: (cell: string) => Parsed<string | number> }[] = [];
  let width = 0;
  let searched = 0;
  let rows = 0;
  let blankRows = 0;
  let latestDay: number | null = null;

  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const rowNumber = lastLine + 1;
      lastLine += raw.match(LINE_BREAK)?.length ?? 0;
      const blank = record.every((c) => isBlank(c));
      if (!columns) {
        if (blank) continue;
        const report = matchHeaders(template, record);
        if (report.mapped.length >= Math.min(2, template.columns.length) && report.mapped.some((m) => m.match !== 'approximate')) {
          columns = report;
          headerRow = rowNumber;
          width = record.length;
          plan = report.mapped.map((m) => ({
            sheetIndex: m.index,
            listIndex: template.columns.indexOf(m.column),
            header: m.header,
            letter: m.letter,
            parse: parserFor(m.column),
          }));
          if (searched > 0) {
            find('header-below-title', 'info', rowNumber, null, null, null, null, `the header row is line ${rowNumber}; ${searched} line(s) above it were read as a title`);
          }
          reportColumns(template, rowNumber, report, find);
          continue;
        }
        searched++;
        if (searched >= HEADER_SEARCH_ROWS) break;
        continue;
      }
      if (blank) {
        blankRows++;
        continue;
      }
      const n = template.columns.length;
      const values: (string | number | null)[] = new Array(n).fill(null);
      const unreadable: boolean[] = new Array(n).fill(false);
      const idCell = childIndex >= 0 ? plan.find((p) => p.listIndex === childIndex) : undefined;
      const id = idCell ? parseText(record[idCell.sheetIndex] ?? null) : null;
      const childId = id?.ok ? id.value : null;
      for (const p of plan) {
        const cell = record[p.sheetIndex] ?? '';
        const parsed = p.parse(cell);
        if (parsed.ok) {
          values[p.listIndex] = parsed.value;
          if (p.listIndex === keyIndex && typeof parsed.value === 'number' && parsed.value <= todayDay && (latestDay === null || parsed.value > latestDay)) {
            latestDay = parsed.value;
          }
        } else {
          unreadable[p.listIndex] = true;
          find('unreadable-value', 'error', rowNumber, p.header, `${p.letter}${rowNumber}`, childId, clipText(cell),
            `${p.header}: "${clipText(cell, 60)}" ${parsed.reason}; stored as blank`);
        }
      }
      if (record.length > width) {
        const extra = record.slice(width).filter((c) => !isBlank(c));
        if (extra.length) {
          find('extra-cells', 'warning', rowNumber, null, `${columnLetters(width)}${rowNumber}`, childId, clipText(extra.join(delimiter)),
            `line ${rowNumber} has ${record.length} cells but the header has ${width}; the cells past the header were not loaded`);
        }
      }
      rows++;
      sink.row({ rowNumber, values, unreadable });
    }
  } catch (e) {
    if (e instanceof LocalFileError) throw e;
    if (e instanceof CsvError) fail(csvProblem(e, lastLine, delimiter));
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message)) fail(`the file is not valid ${encoding.toUpperCase()} text`);
    throw e;
  } finally {
    source.destroy();
  }
  if (!columns) {
    const expected = template.columns.slice(0, 4).map((c) => `"${c.header}"`).join(', ');
    return fail(
      `no header row of the ${template.kind} template in its first ${HEADER_SEARCH_ROWS} non-blank lines (read as ${DELIMITER_NAMES[delimiter]}-separated); ` +
        `expected headers such as ${expected} (see docs/local-templates.md)`,
    );
  }
  if (rows === 0) find('no-rows', 'warning', headerRow, null, null, null, null, `the file has a header row (line ${headerRow}) but no data rows`);
  return { file: name, kind: template.kind, encoding, delimiter, headerRow, columns, rows, blankRows, latestDay };
}

function parserFor(c: TemplateColumn): (cell: string) => Parsed<string | number> {
  switch (c.type) {
    case 'date':
      return parseDate;
    case 'month':
      return parseMonthOrDate;
    case 'decimal':
      // Negative FTEs stay readable: a quality rule reports them with the row.
      return (cell) => parseDecimal(cell);
    case 'code': {
      const codes = c.codes;
      if (!codes) throw new Error(`column ${c.key} has no code list`);
      return (cell) => parseCodeCell(cell, codes);
    }
    case 'text':
      return parseText;
  }
}

type Find = (rule: string, severity: Severity, row: number | null, column: string | null, cell: string | null, childId: string | null, value: string | null, message: string) => void;

function reportColumns(t: LocalTemplate, headerRow: number, report: ColumnReport<TemplateColumn>, find: Find): void {
  for (const m of report.mapped) {
    if (m.match === 'approximate') {
      find('header-approximate', 'warning', headerRow, m.header, `${m.letter}${headerRow}`, null, m.header,
        `column ${m.letter} "${m.header}" was read as "${m.column.header}" (nearest spelling); check it is the same column`);
    } else if (m.match === 'alias') {
      find('header-alias', 'info', headerRow, m.header, `${m.letter}${headerRow}`, null, m.header, `column ${m.letter} "${m.header}" was read as "${m.column.header}" (a known variant)`);
    }
  }
  for (const u of report.unmapped) {
    const why = u.duplicateOf ? `repeats "${u.duplicateOf}", already read from an earlier column` : `is not a column of the ${t.kind} template`;
    find(u.duplicateOf ? 'duplicate-column' : 'unmapped-column', 'warning', headerRow, u.header, `${u.letter}${headerRow}`, null, u.header,
      `column ${u.letter} "${u.header}" ${why}; its values were not loaded`);
  }
  const anyOf = t.anyOf ?? [];
  const noneOf = anyOf.length > 0 && anyOf.every((k) => report.missing.some((c) => c.key === k));
  for (const c of report.missing) {
    const inAnyOf = anyOf.includes(c.key);
    const severity: Severity = c.required || (inAnyOf && noneOf) ? 'error' : 'info';
    const why = c.required ? '; rows cannot be used without it' : inAnyOf && noneOf ? `; rows need ${anyOf.map((k) => `"${t.columns.find((x) => x.key === k)?.header}"`).join(' or ')}` : '';
    find('missing-column', severity, headerRow, c.header, null, null, null, `the file has no "${c.header}" column${why}`);
  }
}

/**
 * The delimiter whose split of an early line names the most template columns (a semicolon file
 * may have commas in its title); failing that, the one most frequent on the first line.
 */
export function pickDelimiter(headText: string, t: LocalTemplate): Delimiter {
  const lines = headText.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, HEADER_SEARCH_ROWS);
  let best: { d: Delimiter; score: number } = { d: ',', score: 0 };
  for (const d of DELIMITERS) {
    for (const line of lines) {
      const score = splitLine(line, d).filter((c) => knownHeader(t, c)).length;
      if (score > best.score) best = { d, score };
    }
  }
  if (best.score > 0) return best.d;
  const first = lines[0] ?? '';
  const counts = DELIMITERS.map((d) => ({ d, n: splitLine(first, d).length }));
  counts.sort((a, b) => b.n - a.n);
  return (counts[0] as { d: Delimiter }).d;
}

/** A line split on the delimiter outside double quotes (enough to recognise a header). */
function splitLine(line: string, d: Delimiter): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function csvProblem(e: CsvError, lastLine: number, d: Delimiter): string {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quoted value is never closed: the file ends inside quotes (look for a stray double quote after line ${lastLine})`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `line ${lastLine + 1}: a quoted value is followed by more text before the next ${DELIMITER_NAMES[d]} (check the double quotes on that line)`;
    case 'CSV_MAX_RECORD_SIZE':
      return `line ${lastLine + 1}: a row is longer than ${MAX_RECORD_CHARS.toLocaleString('en-GB')} characters; this is not a template file`;
    default:
      return `line ${lastLine + 1}: the file cannot be read as CSV: ${e.message}`;
  }
}
