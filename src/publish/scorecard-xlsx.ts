import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import type { CohortRow } from '../measures/engine.js';
import type { Measure, MeasureKind } from '../measures/measure.js';
import { PERIOD_LABELS } from '../measures/periods.js';
import { type IsoDate, isIsoDate, isoToDay, monthEnd } from '../model/dates.js';
import type { ScorecardBundle } from '../scorecard/bundle.js';
import type { Commentary } from '../scorecard/commentary.js';
import type { Rag } from '../scorecard/targets.js';
import type { Scorecard, ScorecardMeasure } from '../scorecard/scorecard.js';
import { POLARITY_WORDS, RAG_WORDS, directionWords, longDate, measureRefs, previousYearHeading } from './scorecard-labels.js';
import { safeCellText } from './safe-cell.js';
import { sheetName } from './sheet-name.js';

export interface ScorecardXlsxOptions {
  /** The measures' definitions: the list sheets then head detail columns with their labels. */
  readonly definitions?: readonly Measure[];
}

type Value = ExcelJS.CellValue;
type Style = Partial<ExcelJS.Style>;

/**
 * Number formats: a percentage stays the number the scorecard shows (91.3, not 0.913) with a
 * literal % sign, so a formula over the column gives the same figure as the text outputs.
 */
export const NUMBER_FORMATS: Record<MeasureKind, string> = { percent: '0.0"%"', count: '#,##0', mean: '0.0', rate: '0.0' };
const COUNT_FORMAT = '#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';
const TIME_FORMAT = 'dd/mm/yyyy hh:mm';

const MS_PER_DAY = 86_400_000;

/** Text through the formula guard: every string a sheet holds goes through here. */
function t(text: string | null | undefined): string | null {
  return text === null || text === undefined || text === '' ? null : safeCellText(text);
}

/** A plain calendar date as an Excel date (midnight, no time zone). */
function excelDate(iso: IsoDate): Date {
  return new Date(isoToDay(iso) * MS_PER_DAY);
}

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant (ISO timestamp) as the UK wall-clock time Excel shows, as the HTML does. */
function excelTimestamp(iso: string): Date | string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return safeCellText(iso);
  const p = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
  return new Date(Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0));
}

/**
 * Styles are shared objects: ExcelJS works a style's id out again for every object it has not
 * seen, so one object per look keeps large list sheets quick to write.
 */
const styles = new Map<string, Style>();
function style(key: string, make: () => Style): Style {
  let s = styles.get(key);
  if (!s) {
    s = make();
    styles.set(key, s);
  }
  return s;
}
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB1B4B6' } };
const HEADER = style('header', () => ({
  font: { bold: true, color: { argb: 'FF0B0C0C' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } },
  alignment: { vertical: 'bottom', wrapText: true },
  border: { bottom: { style: 'medium', color: { argb: 'FF0B0C0C' } } },
}));
const headerDate = (fmt: string) => style(`header-date|${fmt}`, () => ({ ...HEADER, numFmt: fmt, alignment: { vertical: 'bottom', horizontal: 'right' } }));
const TITLE = style('title', () => ({ font: { bold: true, size: 16 } }));
const LABEL = style('label', () => ({ font: { bold: true } }));
const PLAIN = style('plain', () => ({ alignment: { vertical: 'top' } }));
const WRAP = style('wrap', () => ({ alignment: { vertical: 'top', wrapText: true } }));
const ITALIC = style('italic', () => ({ font: { italic: true }, alignment: { vertical: 'top', wrapText: true } }));
/** How a figure stands out: the current value is bold; a figure covering part of its period is italic. */
type Emphasis = '' | 'bold' | 'italic' | 'bold-italic';
const num = (fmt: string, extra: Emphasis = '') =>
  style(`num|${fmt}|${extra}`, () => ({
    numFmt: fmt,
    alignment: { vertical: 'top' },
    ...(extra === 'bold' ? { font: { bold: true } } : extra === 'bold-italic' ? { font: { bold: true, italic: true } } : extra === 'italic' ? { font: { italic: true } } : {}),
  }));
const DATE = num(DATE_FORMAT);
const TIME = num(TIME_FORMAT);

/** RAG fills with readable text: white on red and green, black on amber (WCAG AA contrast). */
const RAG_STYLE: Record<Rag, Style> = {
  red: style('rag|red', () => ({ font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD4351C' } }, alignment: { horizontal: 'center', vertical: 'top' }, border: { bottom: THIN } })),
  amber: style('rag|amber', () => ({ font: { bold: true, color: { argb: 'FF0B0C0C' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF47738' } }, alignment: { horizontal: 'center', vertical: 'top' }, border: { bottom: THIN } })),
  green: style('rag|green', () => ({ font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00703C' } }, alignment: { horizontal: 'center', vertical: 'top' }, border: { bottom: THIN } })),
};

interface Cell {
  readonly value: Value;
  readonly style: Style;
}
const cell = (value: Value, s: Style = PLAIN): Cell => ({ value, style: s });
const text = (value: string | null | undefined, s: Style = PLAIN): Cell => cell(t(value), s);
const number = (value: number | null | undefined, fmt: string, extra: Emphasis = ''): Cell => cell(value ?? null, num(fmt, extra));
const date = (iso: IsoDate | null | undefined): Cell => cell(iso ? excelDate(iso) : null, DATE);

function addRow(ws: ExcelJS.Worksheet, cells: readonly (Cell | null)[]): void {
  const row = ws.addRow(cells.map((c) => c?.value ?? null));
  cells.forEach((c, i) => {
    if (c && c.value !== null) row.getCell(i + 1).style = c.style;
  });
  row.commit();
}

function headerRow(ws: ExcelJS.Worksheet, headers: readonly (string | Cell)[]): void {
  const row = ws.addRow(headers.map((h) => (typeof h === 'string' ? t(h) : h.value)));
  headers.forEach((h, i) => {
    row.getCell(i + 1).style = typeof h === 'string' ? HEADER : h.style;
  });
  row.commit();
}

interface SheetSpec {
  readonly widths: readonly number[];
  /** The header row (1-based) for the frozen pane, print titles and autofilter. */
  readonly headerRow: number;
  /** Columns frozen left of the pane. */
  readonly frozenColumns?: number;
  /** Freeze the rows down to the header row and repeat it on every printed page (default true). */
  readonly freeze?: boolean;
  readonly filter?: boolean;
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, spec: SheetSpec): ExcelJS.Worksheet {
  const freeze = spec.freeze ?? true;
  const ws = wb.addWorksheet(name, {
    views: [freeze ? { state: 'frozen', xSplit: spec.frozenColumns ?? 0, ySplit: spec.headerRow } : { state: 'normal' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(freeze ? { printTitlesRow: `${spec.headerRow}:${spec.headerRow}` } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&L&A&RPage &P of &N' },
    ...(spec.filter ? { autoFilter: { from: { row: spec.headerRow, column: 1 }, to: { row: spec.headerRow, column: spec.widths.length } } } : {}),
  });
  ws.columns = spec.widths.map((width) => ({ width }));
  return ws;
}

function titleRows(s: Scorecard, title: string, generatedAt: string): (Cell | null)[][] {
  return [
    [text(title, TITLE)],
    [text('Authority', LABEL), text(s.authority ?? 'not configured')],
    [text('Figures as at', LABEL), date(s.asAt)],
    ...(s.team ? [[text('Team', LABEL), text(s.team)]] : []),
    [text('Extract used', LABEL), text(`${s.extract.fileName} (extract ${s.extract.extractId}, as at ${longDate(s.extract.asAt)})`)],
    [text('Extract loaded', LABEL), cell(excelTimestamp(s.extract.loadedAt), TIME)],
    [text('Generated', LABEL), cell(excelTimestamp(generatedAt), TIME)],
  ];
}

function valueFormat(m: Pick<ScorecardMeasure, 'kind'>): string {
  return NUMBER_FORMATS[m.kind];
}

function commentaryCells(c: Commentary | null, s: Style = WRAP): Cell[] {
  return [text(c?.areaOfFocus, s), text(c?.response, s), text(c?.update, s), text(c?.author, s), date(c?.writtenOn)];
}

function scorecardSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, b: ScorecardBundle, name: string): void {
  const s = b.scorecard;
  const refs = measureRefs(s);
  const top = [...titleRows(s, `Children's social care scorecard${s.authority ? `: ${s.authority}` : ''}`, b.generatedAt), ...s.notes.map((n) => [text('Note', LABEL), text(n)])];
  const headerAt = top.length + 2;
  const trendHeads = s.trendDates.map((d) => cell(excelDate(d), headerDate(monthEnd(d) === d ? 'mmm yyyy' : 'd mmm yyyy')));
  const headers: (string | Cell)[] = [
    'Ref',
    'Theme',
    'Measure',
    previousYearHeading(s),
    'Num',
    'Denom',
    'Current',
    'Period',
    ...trendHeads,
    'Min',
    'Upper',
    'RAG',
    'Trend',
    'Coverage',
    'Coverage note',
    'England',
    'England year',
    'Statistical neighbours',
    'Stat. neighbours year',
    'Region',
    'Region year',
    'Published',
    'Published on',
    'Revised since published',
    'Area of focus',
    'Response',
    'Update',
    'Commentary by',
    'Written on',
    'Measure id',
    'Unit',
    'Good direction',
  ];
  const n = s.trendDates.length;
  const widths = [6, 24, 46, 11, 10, 10, 10, 13, ...Array<number>(n).fill(10), 8, 8, 8, 14, 10, 40, 10, 10, 12, 12, 10, 10, 10, 12, 10, 40, 40, 40, 22, 11, 26, 12, 16];
  const ws = addSheet(wb, name, { widths, headerRow: headerAt, frozenColumns: 3, filter: true });
  for (const r of top) addRow(ws, r);
  addRow(ws, []);
  headerRow(ws, headers);

  s.themes.forEach((theme, i) => {
    if (theme.commentary) {
      // The theme's own commentary sits first in its group, in the commentary columns.
      const blanks = Array<Cell | null>(headers.length - 5 - 3 - 3).fill(null);
      addRow(ws, [text(String(i + 1)), text(theme.title, ITALIC), text('Theme commentary', ITALIC), ...blanks, ...commentaryCells(theme.commentary, ITALIC), null, null, null]);
    }
    for (const m of theme.measures) {
      const fmt = valueFormat(m);
      const dir = directionWords(m);
      const b2 = m.benchmarks;
      const partialTrend = (p: { value: number | null; coverage: boolean }) => number(p.value, fmt, p.value !== null && !p.coverage ? 'italic' : '');
      addRow(ws, [
        text(refs.get(m.id)),
        text(theme.title),
        text(m.title, WRAP),
        m.previousYear ? partialTrend(m.previousYear) : null,
        number(m.numerator, COUNT_FORMAT),
        number(m.denominator, COUNT_FORMAT),
        number(m.value, fmt, m.coverage.complete ? 'bold' : 'bold-italic'),
        text(PERIOD_LABELS[m.periodType]),
        ...m.trend.map(partialTrend),
        number(m.targets.minimum, fmt),
        number(m.targets.upper, fmt),
        m.rag ? text(RAG_WORDS[m.rag], RAG_STYLE[m.rag]) : null,
        text(dir ? `${dir.arrow} ${dir.word}` : null),
        text(m.coverage.complete ? 'complete' : 'partial'),
        text(m.coverage.note, WRAP),
        number(b2.england?.value, fmt),
        text(b2.england?.year),
        number(b2.statisticalNeighbours?.value, fmt),
        text(b2.statisticalNeighbours?.year),
        number(b2.region?.value, fmt),
        text(b2.region?.year),
        number(m.published?.value, fmt),
        m.published ? cell(excelTimestamp(m.published.publishedAt), TIME) : null,
        text(m.published ? (m.published.changed ? 'yes' : 'no') : null),
        ...commentaryCells(m.commentary),
        text(m.id),
        text(m.unit),
        text(POLARITY_WORDS[m.polarity]),
      ]);
    }
  });
  addRow(ws, []);
  const legend = [
    'Percentages are shown to one decimal place and stored as the percentage (91.3 means 91.3%). Italic figures cover only part of their period (see Coverage).',
    'RAG: Green meets the upper target; Amber meets the minimum but not the upper target; Red is worse than the minimum; none without a target or a good direction.',
    'Trend: the direction from the previous month end, improving or worsening in the measure’s good direction; level when the change is under half a percentage point (percentages) or 2% (other figures).',
  ];
  for (const l of legend) addRow(ws, [null, null, text(l)]);
  ws.commit();
}

function byTeamSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, b: ScorecardBundle, themeIndex: number, name: string): void {
  const s = b.scorecard;
  const theme = s.themes[themeIndex];
  if (!theme) return;
  const refs = measureRefs(s);
  const top = titleRows(s, `${theme.title}: by team`, b.generatedAt);
  const ws = addSheet(wb, name, { widths: [6, 46, 36, 10, 10, 10, 14], headerRow: top.length + 2, frozenColumns: 2, filter: true });
  for (const r of top) addRow(ws, r);
  addRow(ws, []);
  headerRow(ws, ['Ref', 'Measure', 'Team', 'Value', 'Num', 'Denom', s.team ? `Team ${s.team}` : 'All teams']);
  for (const m of theme.measures) {
    const fmt = valueFormat(m);
    for (const r of b.byTeam.get(m.id) ?? []) {
      addRow(ws, [
        text(refs.get(m.id)),
        text(m.title, WRAP),
        text(r.group ?? '(no team recorded)'),
        number(r.value, fmt),
        number(r.numerator, COUNT_FORMAT),
        number(r.denominator, COUNT_FORMAT),
        number(m.value, fmt),
      ]);
    }
  }
  ws.commit();
}

const SEVERITY_WORDS: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

function qualitySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, b: ScorecardBundle, name: string): void {
  const s = b.scorecard;
  const q = b.quality;
  const top = titleRows(s, 'Data quality of the extract', b.generatedAt);
  const totals: (Cell | null)[][] = [
    [text('Errors', LABEL), number(q.totals.error, COUNT_FORMAT)],
    [text('Warnings', LABEL), number(q.totals.warning, COUNT_FORMAT)],
    [text('Notes', LABEL), number(q.totals.info, COUNT_FORMAT)],
  ];
  // The autofilter goes on the detailed table, the one worth filtering; no frozen pane, which
  // would hold the whole summary above it on screen.
  const detailHeaderAt = top.length + 1 + totals.length + 1 + 1 + 1 + q.byRule.length + 1 + 1 + 1;
  const ws = addSheet(wb, name, { widths: [10, 30, 10, 44, 30, 22, 16, 70], headerRow: detailHeaderAt, freeze: false, filter: true });
  for (const r of top) addRow(ws, r);
  addRow(ws, []);
  for (const r of totals) addRow(ws, r);
  addRow(ws, []);
  addRow(ws, [text('Findings by rule', LABEL)]);
  headerRow(ws, ['Severity', 'Rule', 'Findings', 'What it means']);
  for (const r of q.byRule) addRow(ws, [text(SEVERITY_WORDS[r.severity] ?? r.severity), text(r.rule), number(r.count, COUNT_FORMAT), text(r.title, WRAP)]);
  addRow(ws, []);
  addRow(ws, [text('Findings by list, rule and column, with an example', LABEL)]);
  headerRow(ws, ['Severity', 'Rule', 'Findings', 'List', 'Column', 'Example at', 'Example value', 'Example']);
  for (const g of q.groups) {
    const ex = g.examples[0];
    const at = ex ? [ex.sheet, ex.cell ?? (ex.row !== null ? `row ${ex.row}` : null), ex.childId ? `child ${ex.childId}` : null].filter(Boolean).join(' ') : '';
    addRow(ws, [
      text(SEVERITY_WORDS[g.severity] ?? g.severity),
      text(g.rule),
      number(g.count, COUNT_FORMAT),
      text(g.list === null ? 'Whole workbook' : `List ${g.list}: ${g.listTitle ?? ''}`),
      text(g.column),
      text(at),
      text(ex?.value),
      text(ex?.message, WRAP),
    ]);
  }
  ws.commit();
}

const LIST_KEYS = new Set(['as_at', 'extract_id', 'sheet', 'row_number', 'child_id', 'team', 'worker', 'in_numerator', 'reason']);

function listSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, b: ScorecardBundle, m: ScorecardMeasure, rows: readonly CohortRow[], definition: Measure | undefined, name: string): void {
  const s = b.scorecard;
  const details = definition?.details.map((d) => ({ key: d.key, label: d.label })) ?? Object.keys(rows[0] ?? {}).filter((k) => !LIST_KEYS.has(k)).map((k) => ({ key: k, label: k }));
  const top: (Cell | null)[][] = [
    [text(`${m.title} (${m.id}): the rows behind the figure`, TITLE)],
    [text('Figures as at', LABEL), date(s.asAt)],
    ...(s.team ? [[text('Team', LABEL), text(s.team)]] : []),
    [text('Figure', LABEL), number(m.value, valueFormat(m), 'bold')],
    [text('In the numerator', LABEL), number(rows.filter((r) => r.in_numerator).length, COUNT_FORMAT)],
    [text('Rows', LABEL), number(rows.length, COUNT_FORMAT)],
  ];
  const headers = ['Child id', 'Team', 'Worker', 'In numerator', 'Reason', ...details.map((d) => d.label), 'Sheet', 'Row'];
  const ws = addSheet(wb, name, { widths: [14, 30, 24, 12, 50, ...details.map(() => 16), 10, 8], headerRow: top.length + 2, frozenColumns: 1, filter: true });
  for (const r of top) addRow(ws, r);
  addRow(ws, []);
  headerRow(ws, headers);
  for (const r of rows) {
    addRow(ws, [
      text(r.child_id),
      text(r.team),
      text(r.worker),
      text(r.in_numerator ? 'yes' : 'no'),
      text(r.reason),
      ...details.map(({ key }) => {
        const v = r[key];
        if (v === null || v === undefined) return null;
        if (typeof v === 'number') return number(v, Number.isInteger(v) ? COUNT_FORMAT : '0.0');
        if (typeof v === 'boolean') return text(v ? 'yes' : 'no');
        return isIsoDate(v) ? date(v) : text(v);
      }),
      text(r.sheet),
      number(r.row_number, '0'),
    ]);
  }
  ws.commit();
}

/** A theme's sheet name: the title up to its first colon or comma, "Front door – by team". */
function themeSheetBase(title: string): string {
  return `${title.split(/[:,]/)[0]?.trim() ?? title} – by team`;
}

/**
 * The scorecard as an XLSX workbook: "Scorecard" (real number formats, RAG fills, the trend in
 * one column per month end, targets, benchmarks with their year, commentary, coverage), one
 * sheet per theme by team, "Data quality", and with lists one sheet per measure with the rows
 * behind it. Every text cell goes through the formula guard; dates are Excel dates; each sheet
 * prints A4 landscape, fitted to the page width, with its header row repeated.
 */
export async function writeScorecardXlsx(bundle: ScorecardBundle, path: string, options: ScorecardXlsxOptions = {}): Promise<void> {
  // Open the file first, so that a folder that does not exist is a rejected promise here and
  // not an error event on a stream nobody listens to yet.
  const out = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  let failed: Error | null = null;
  out.on('error', (err) => (failed = err));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  // The document properties are instants (written with Z), unlike the cells' wall-clock times.
  const generated = Date.parse(bundle.generatedAt);
  wb.creator = 'csc-scorecard';
  if (Number.isFinite(generated)) {
    wb.created = new Date(generated);
    wb.modified = new Date(generated);
  }
  const used = new Set<string>();
  scorecardSheet(wb, bundle, sheetName('Scorecard', used));
  bundle.scorecard.themes.forEach((theme, i) => byTeamSheet(wb, bundle, i, sheetName(themeSheetBase(theme.title), used)));
  qualitySheet(wb, bundle, sheetName('Data quality', used));
  for (const m of bundle.scorecard.measures) {
    const rows = bundle.lists.get(m.id);
    if (!rows) continue;
    listSheet(wb, bundle, m, rows, options.definitions?.find((d) => d.id === m.id), sheetName(m.id, used));
  }
  await wb.commit();
  if (failed) throw failed;
}
