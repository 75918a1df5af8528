import ExcelJS from 'exceljs';
import { toCsv } from '../../publish/csv.js';
import { safeCellText } from '../../publish/safe-cell.js';
import { sheetName } from '../../publish/sheet-name.js';
import type { ReturnFinding, RuleOutcome, RuleStatus, ValidationResult } from './return-rule.js';

/**
 * A return's validation result as the `validate` command writes it, whatever the return
 * (SSDA903, CIN Census): JSON in the agreed shape, text grouped by rule then child, CSV with one
 * row per finding, and a workbook with a summary by rule and a sheet per child with findings.
 */
export type ValidationFormat = 'text' | 'json' | 'csv' | 'xlsx';
export const VALIDATION_FORMATS: readonly ValidationFormat[] = ['text', 'json', 'csv', 'xlsx'];

export interface ValidationMeta {
  /** "CIN Census", "SSDA903". */
  readonly returnName: string;
  readonly file: string;
  /** The collection year (its end year). */
  readonly year: number;
  /** Lines said before the results (how the year was decided, schema notes). */
  readonly notes?: readonly string[];
}

/** The JSON the command prints: `rules` then `findings`, each finding without its rule's message. */
export function validationJson(result: ValidationResult): object {
  return {
    rules: result.rules.map((r) => ({ code: r.code, message: r.message, kind: r.kind, status: r.status, count: r.count, ...(r.error ? { error: r.error } : {}) })),
    findings: result.findings.map((f) => ({ code: f.code, child: f.child, table: f.table, row: f.row, fields: f.fields, values: f.values })),
  };
}

const STATUS_WORDS: Record<RuleStatus, string> = { passed: 'passed', failed: 'failed', 'failed-to-run': 'failed to run', 'not-applicable': 'not applicable' };

export function summaryLine(result: ValidationResult): string {
  const n = (s: RuleStatus) => result.rules.filter((r) => r.status === s).length;
  const queries = new Set(result.rules.filter((r) => r.kind === 'query').map((r) => r.code));
  const errors = result.findings.filter((f) => !queries.has(f.code)).length;
  return `${result.rules.length} rules: ${n('passed')} passed, ${n('failed')} failed, ${n('failed-to-run')} failed to run, ${n('not-applicable')} not applicable; ` +
    `${result.findings.length.toLocaleString('en-GB')} finding(s) (${errors.toLocaleString('en-GB')} error(s), ${(result.findings.length - errors).toLocaleString('en-GB')} quer(ies))`;
}

function yearWords(year: number): string {
  return `${year} (April ${year - 1} to March ${year})`;
}

/** `Field=value; Field=value`, blanks shown as "blank". */
export function valuesText(f: ReturnFinding): string {
  return Object.entries(f.values).map(([k, v]) => `${k}=${v === null ? 'blank' : v === '' ? '(empty)' : v}`).join('; ');
}

function childLabel(f: ReturnFinding): string {
  if (f.row === null && f.child === null) return 'the return as a whole';
  return `child ${f.child ?? '(no ID)'}${f.row !== null ? ` (row ${f.row})` : ''}`;
}

/**
 * Text: a summary, then each failed rule with its findings grouped by child (at most `limit`
 * children a rule; the JSON, CSV and workbook hold them all), then what failed to run.
 */
export function validationText(result: ValidationResult, meta: ValidationMeta, limit = 50): string {
  const out = [`${meta.returnName} ${yearWords(meta.year)}: ${meta.file}`, ...(meta.notes ?? []).map((n) => `  ${n}`), summaryLine(result)];
  const byCode = groupBy(result.findings, (f) => f.code);
  for (const r of result.rules.filter((x) => x.status === 'failed')) {
    out.push('', `${r.code} (${r.kind}) ${r.message} — ${r.count.toLocaleString('en-GB')}`);
    const byChild = groupBy(byCode.get(r.code) ?? [], (f) => `${f.row ?? ''}|${f.child ?? ''}`);
    let shown = 0;
    for (const findings of byChild.values()) {
      if (shown++ >= limit) {
        out.push(`  … and ${(byChild.size - limit).toLocaleString('en-GB')} more child(ren)`);
        break;
      }
      const first = findings[0] as ReturnFinding;
      out.push(`  ${childLabel(first)}:`);
      for (const f of findings) out.push(`    ${f.table}: ${valuesText(f)}`);
    }
  }
  const broken = result.rules.filter((r) => r.status === 'failed-to-run');
  if (broken.length) {
    out.push('', 'Failed to run (these rules were not checked):');
    for (const r of broken) out.push(`  ${r.code} ${r.message}: ${r.error ?? 'unknown error'}`);
  }
  const na = result.rules.filter((r) => r.status === 'not-applicable');
  if (na.length) out.push('', `Not applicable in ${meta.year}: ${na.map((r) => r.code).join(', ')}`);
  return out.join('\n');
}

export function validationCsv(result: ValidationResult): string {
  const rules = new Map(result.rules.map((r) => [r.code, r]));
  return toCsv(
    ['code', 'kind', 'message', 'child', 'row', 'table', 'fields', 'values'],
    result.findings.map((f) => {
      const r = rules.get(f.code);
      return [f.code, r?.kind ?? null, r?.message ?? null, f.child, f.row, f.table, f.fields.join(' '), valuesText(f)];
    }),
  );
}

/** The most children given a sheet of their own; the rest are on one sheet (a workbook of thousands of sheets does not open). */
export const MAX_CHILD_SHEETS = 500;

const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDDDDD' } } };

/**
 * The workbook teams use: "Summary" (every rule: code, kind, status, count, message), "Findings"
 * (every finding), then a sheet per child with findings, named by its ID, as the DfE's and the
 * sector's tools lay it out.
 */
export async function validationXlsx(result: ValidationResult, meta: ValidationMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'csc-scorecard';
  const used = new Set<string>();
  const rules = new Map(result.rules.map((r) => [r.code, r]));
  const t = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : safeCellText(s));

  const summary = wb.addWorksheet(sheetName('Summary', used));
  summary.addRow([t(`${meta.returnName} ${yearWords(meta.year)}: ${meta.file}`)]).font = { bold: true };
  summary.addRow([t(summaryLine(result))]);
  summary.addRow([]);
  styleHeader(summary.addRow(['Code', 'Kind', 'Status', 'Findings', 'Message', 'Error']));
  for (const r of result.rules) summary.addRow([t(r.code), r.kind, STATUS_WORDS[r.status], r.count, t(r.message), t(r.error ?? null)]);
  widths(summary, [10, 8, 16, 10, 90, 40]);

  const all = wb.addWorksheet(sheetName('Findings', used));
  styleHeader(all.addRow(['Code', 'Kind', 'Child', 'Row', 'Table', 'Values', 'Message']));
  for (const f of result.findings) all.addRow(findingRow(f, rules.get(f.code), t, true));
  widths(all, [10, 8, 20, 8, 22, 70, 70]);

  // Children in file order (a finding with no row, e.g. a missing ID found another way, last).
  const onChildren = result.findings.filter((f) => f.row !== null || f.child !== null);
  const byChild = groupBy([...onChildren].sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity)), (f) => `${f.row ?? ''}|${f.child ?? ''}`);
  let more: ExcelJS.Worksheet | null = null;
  let n = 0;
  for (const findings of byChild.values()) {
    const first = findings[0] as ReturnFinding;
    let ws: ExcelJS.Worksheet;
    if (n++ < MAX_CHILD_SHEETS) {
      ws = wb.addWorksheet(sheetName(first.child ?? `Row ${first.row}`, used));
      ws.addRow([t(`${childLabel(first)}: ${findings.length} finding(s)`)]).font = { bold: true };
      styleHeader(ws.addRow(['Code', 'Kind', 'Child', 'Row', 'Table', 'Values', 'Message']));
      widths(ws, [10, 8, 20, 8, 22, 70, 70]);
    } else {
      if (!more) {
        more = wb.addWorksheet(sheetName('More children', used));
        more.addRow([`Children beyond the first ${MAX_CHILD_SHEETS} with findings, one row per finding`]).font = { bold: true };
        styleHeader(more.addRow(['Code', 'Kind', 'Child', 'Row', 'Table', 'Values', 'Message']));
        widths(more, [10, 8, 20, 8, 22, 70, 70]);
      }
      ws = more;
    }
    for (const f of findings) ws.addRow(findingRow(f, rules.get(f.code), t, true));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function findingRow(f: ReturnFinding, r: RuleOutcome | undefined, t: (s: string | null) => string | null, withChild: boolean): (string | number | null)[] {
  return [t(f.code), r?.kind ?? null, withChild ? t(f.child) : null, f.row, t(f.table), t(valuesText(f)), t(r?.message ?? null)];
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((c) => (c.style = HEADER_STYLE));
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((width, i) => (ws.getColumn(i + 1).width = width));
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}
