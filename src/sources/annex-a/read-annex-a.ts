import { basename } from 'node:path';
import { ANNEX_A_LISTS, type ColumnDef, type ListDef } from '../../model/annex-a-lists.js';
import { type Parsed, isBlank, parseCodeCell, parseDate, parseInteger, parseText } from '../cell-values.js';
import { type Cell, cellText, columnLetters } from '../xlsx/cell.js';
import { SheetTooLargeError } from '../xlsx/sheet-scanner.js';
import { type WorkbookSheet, WorkbookError, XlsxWorkbook } from '../xlsx/workbook.js';
import { UserError } from '../../user-error.js';
import type { Finding, Severity } from './finding.js';
import { type ColumnReport, matchHeaders } from './header-match.js';
import { headerLikeness, identifyList } from './identify-list.js';

/** One data row of a list in canonical form: values in the list's column order. */
export interface CanonicalRow {
  readonly sheet: string;
  readonly rowNumber: number;
  /** Text and codes as strings, dates as day numbers, counts as numbers; null when blank or unreadable. */
  readonly values: (string | number | null)[];
  /** Per column: the cell held something that could not be read (the value is then null). */
  readonly unreadable: boolean[];
}

export interface SheetReport {
  readonly sheet: string;
  readonly hidden: boolean;
  /** The list the sheet was read as, or null when it was not taken as any list. */
  readonly list: number | null;
  readonly headerRow: number | null;
  readonly dataRows: number;
  readonly blankRows: number;
  readonly columns: ColumnReport | null;
  readonly note: string;
}

export interface AnnexASink {
  startSheet(list: ListDef, report: { sheet: string; headerRow: number }): void;
  row(list: ListDef, row: CanonicalRow): void;
  finding(f: Finding): void;
}

export interface AnnexAReadResult {
  readonly file: string;
  readonly sheets: SheetReport[];
  readonly rowsByList: Record<number, number>;
  /** Dates found in title rows above the headers ("as at 31/03/2024"). */
  readonly titleDates: number[];
  /** The latest event date in the file (not a date of birth, not after `today`). */
  readonly latestEventDay: number | null;
}

/** The file cannot be read as an Annex A workbook at all (message names the file and why). */
export class AnnexAFileError extends UserError {}

const HEADER_SEARCH_ROWS = 20;
const MIN_HEADER_LIKENESS = 3;

/**
 * Reads an Annex A workbook, streaming each sheet: every sheet is identified (by name and
 * header row), every header is mapped or reported, every row is converted to canonical values
 * and handed to the sink, and every value that cannot be read is reported with its sheet, row,
 * column and original text. Throws AnnexAFileError only when the file as a whole is unusable.
 */
export async function readAnnexA(file: string, sink: AnnexASink, options: { todayDay?: number } = {}): Promise<AnnexAReadResult> {
  const name = basename(file);
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.open(file);
  } catch (e) {
    if (e instanceof WorkbookError) throw new AnnexAFileError(`${name}: ${e.message}`);
    throw e;
  }
  try {
    const shared = await wb.readSharedStrings();
    const sheets: SheetReport[] = [];
    const rowsByList: Record<number, number> = {};
    const titleDates: number[] = [];
    const seenLists = new Map<number, string>();
    const state = { latestEventDay: null as number | null, todayDay: options.todayDay ?? Number.POSITIVE_INFINITY };

    for (const sheet of wb.sheets) {
      const report = await readSheet(wb, sheet, shared, sink, state, titleDates).catch((e: unknown) => {
        if (e instanceof SheetTooLargeError) throw new AnnexAFileError(`${name}: sheet "${sheet.name}" has ${e.message}`);
        if (e instanceof WorkbookError) throw new AnnexAFileError(`${name}: sheet "${sheet.name}": ${e.message}`);
        throw e;
      });
      sheets.push(report);
      if (report.list !== null) {
        rowsByList[report.list] = (rowsByList[report.list] ?? 0) + report.dataRows;
        const earlier = seenLists.get(report.list);
        if (earlier !== undefined) {
          sink.finding(finding('list-in-two-sheets', 'warning', report.list, sheet.name, null, null, null, null, null,
            `list ${report.list} appears in sheet "${earlier}" and again in "${sheet.name}"; rows of both are loaded`));
        } else seenLists.set(report.list, sheet.name);
      }
    }

    if (!sheets.some((s) => s.list !== null)) {
      const detail = sheets.map((s) => `"${s.sheet}" (${s.note})`).join('; ');
      throw new AnnexAFileError(`${name}: no Annex A list was recognised in any sheet: ${detail || 'the workbook has no sheets'}`);
    }
    for (const list of ANNEX_A_LISTS) {
      if (!seenLists.has(list.number)) {
        sink.finding(finding('list-missing', 'info', list.number, null, null, null, null, null, null,
          `no sheet holds list ${list.number} (${list.title})`));
      }
    }
    return { file: name, sheets, rowsByList, titleDates, latestEventDay: state.latestEventDay };
  } finally {
    wb.close();
  }
}

interface ReadState {
  latestEventDay: number | null;
  todayDay: number;
}

interface ColumnPlan {
  readonly sheetIndex: number;
  readonly listIndex: number;
  readonly def: ColumnDef;
  readonly header: string;
  readonly letter: string;
  readonly parse: (cell: Cell) => Parsed<string | number>;
  readonly event: boolean;
}

async function readSheet(
  wb: XlsxWorkbook,
  sheet: WorkbookSheet,
  shared: readonly string[],
  sink: AnnexASink,
  state: ReadState,
  titleDates: number[],
): Promise<SheetReport> {
  let list: ListDef | null = null;
  let headerRow: number | null = null;
  let columns: ColumnReport | null = null;
  let plan: ColumnPlan[] = [];
  let idPlan: ColumnPlan | undefined;
  let note = '';
  let dataRows = 0;
  let blankRows = 0;
  let decided = false;
  let rowsBeforeHeader = 0;
  const titleTexts: string[] = [];

  const decide = (rowNumber: number, cells: readonly Cell[]): void => {
    decided = true;
    const headers = cells.map((c) => (c === null ? '' : cellText(c)));
    const id = identifyList(sheet.name, headers);
    if (id.list === null) {
      note = `not read: ${id.reason}`;
      sink.finding(finding('unrecognised-sheet', 'warning', null, sheet.name, null, null, null, null, null,
        `sheet "${sheet.name}" was not read: ${id.reason}`));
      return;
    }
    list = id.list;
    headerRow = rowNumber;
    columns = matchHeaders(list, headers);
    note = id.how === 'headers' && id.nameSaid
      ? `read as list ${list.number} from its headers, although its name suggests list ${id.nameSaid.number}`
      : id.how === 'headers' ? `read as list ${list.number} from its headers` : `read as list ${list.number}`;
    if (id.how === 'headers') {
      sink.finding(finding('sheet-identified-by-headers', id.nameSaid ? 'warning' : 'info', list.number, sheet.name, rowNumber, null, null, null, null,
        `sheet "${sheet.name}" ${note}`));
    }
    if (rowsBeforeHeader > 0) {
      sink.finding(finding('header-below-title', 'info', list.number, sheet.name, rowNumber, null, null, null, null,
        `the header row is row ${rowNumber}; ${rowsBeforeHeader} row(s) above it were read as a title`));
    }
    reportColumns(list, sheet.name, rowNumber, columns, sink);
    const listRef: ListDef = list;
    plan = columns.mapped.map((m) => ({
      sheetIndex: m.index,
      listIndex: listRef.columns.indexOf(m.column),
      def: m.column,
      header: m.header,
      letter: m.letter,
      parse: parserFor(m.column, wb.date1904),
      event: m.column.type === 'date' && m.column.key !== 'dob',
    }));
    idPlan = plan.find((p) => p.def.key === listRef.idColumn);
    sink.startSheet(list, { sheet: sheet.name, headerRow: rowNumber });
  };

  const onRow = (rowNumber: number, cells: Cell[]): void => {
    if (!decided) {
      const texts = cells.map((c) => (c === null ? '' : cellText(c)));
      if (headerLikeness(texts) >= MIN_HEADER_LIKENESS) return decide(rowNumber, cells);
      rowsBeforeHeader++;
      const title = texts.filter(Boolean).join(' ');
      if (title) titleTexts.push(title);
      if (rowsBeforeHeader >= HEADER_SEARCH_ROWS) decide(rowNumber, []);
      return;
    }
    if (!list) return;
    if (cells.every(isBlank)) {
      blankRows++;
      return;
    }
    const n = list.columns.length;
    const values: (string | number | null)[] = new Array(n).fill(null);
    const unreadable: boolean[] = new Array(n).fill(false);
    const id = idPlan ? parseText(cells[idPlan.sheetIndex] ?? null) : null;
    const childId = id?.ok ? id.value : null;
    for (const p of plan) {
      const cell = cells[p.sheetIndex] ?? null;
      if (cell === null) continue;
      const parsed = p.parse(cell);
      if (parsed.ok) {
        values[p.listIndex] = parsed.value;
        if (p.event && typeof parsed.value === 'number' && parsed.value <= state.todayDay && (state.latestEventDay === null || parsed.value > state.latestEventDay)) {
          state.latestEventDay = parsed.value;
        }
      } else {
        unreadable[p.listIndex] = true;
        const original = cellText(cell);
        sink.finding(finding('unreadable-value', 'error', list.number, sheet.name, rowNumber, p.header, `${p.letter}${rowNumber}`, childId,
          clip(original), `${p.header}: "${clip(original, 60)}" ${parsed.reason}; stored as blank`));
      }
    }
    dataRows++;
    sink.row(list, { sheet: sheet.name, rowNumber, values, unreadable });
  };

  await wb.readSheet(sheet, shared, onRow);
  if (!decided) {
    if (rowsBeforeHeader === 0) note = 'not read: the sheet is empty';
    decide(0, []);
    if (rowsBeforeHeader === 0) note = 'not read: the sheet is empty';
  }
  if (list !== null && dataRows === 0) {
    const l: ListDef = list;
    sink.finding(finding('empty-list', 'warning', l.number, sheet.name, headerRow, null, null, null, null,
      `list ${l.number} (${l.title}) in sheet "${sheet.name}" has a header row but no data rows`));
  }
  if (list !== null) {
    for (const t of titleTexts) {
      const m = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})/.exec(t);
      if (m) {
        const d = parseDate(m[1] as string);
        if (d.ok && d.value !== null) titleDates.push(d.value);
      }
    }
  }
  const l = list as ListDef | null;
  return {
    sheet: sheet.name,
    hidden: sheet.hidden,
    list: l ? l.number : null,
    headerRow,
    dataRows,
    blankRows,
    columns,
    note,
  };
}

function parserFor(def: ColumnDef, date1904: boolean): (cell: Cell) => Parsed<string | number> {
  switch (def.type) {
    case 'date':
      return (cell) => parseDate(cell, date1904);
    case 'integer':
      return parseInteger;
    case 'code': {
      const codes = def.codes;
      if (!codes) throw new Error(`column ${def.key} has no code list`);
      return (cell) => parseCodeCell(cell, codes);
    }
    case 'text':
      return parseText;
  }
}

function reportColumns(list: ListDef, sheet: string, headerRow: number, report: ColumnReport, sink: AnnexASink): void {
  for (const m of report.mapped) {
    if (m.match === 'approximate') {
      sink.finding(finding('header-approximate', 'warning', list.number, sheet, headerRow, m.header, `${m.letter}${headerRow}`, null, m.header,
        `column ${m.letter} "${m.header}" was read as "${m.column.header}" (nearest spelling); check it is the same column`));
    } else if (m.match === 'alias') {
      sink.finding(finding('header-alias', 'info', list.number, sheet, headerRow, m.header, `${m.letter}${headerRow}`, null, m.header,
        `column ${m.letter} "${m.header}" was read as "${m.column.header}" (a known variant)`));
    }
  }
  for (const u of report.unmapped) {
    const why = u.duplicateOf ? `repeats "${u.duplicateOf}", already read from an earlier column` : 'is not an Annex A column of this list';
    sink.finding(finding(u.duplicateOf ? 'duplicate-column' : 'unmapped-column', 'warning', list.number, sheet, headerRow, u.header,
      `${u.letter}${headerRow}`, null, u.header, `column ${u.letter} "${u.header}" ${why}; its values were not loaded`));
  }
  for (const c of report.missing) {
    const severity: Severity = c.key === list.idColumn ? 'error' : c.required ? 'warning' : 'info';
    sink.finding(finding('missing-column', severity, list.number, sheet, headerRow, c.header, null, null, null,
      `list ${list.number} has no "${c.header}" column${c.key === list.idColumn ? '; rows cannot be tied to a child' : ''}`));
  }
}

function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en-GB')} characters)` : text;
}

export function finding(
  rule: string,
  severity: Severity,
  list: number | null,
  sheet: string | null,
  row: number | null,
  column: string | null,
  cell: string | null,
  childId: string | null,
  value: string | null,
  message: string,
): Finding {
  return { rule, severity, list, sheet, row, column, cell, childId, value, message };
}

export { columnLetters };
