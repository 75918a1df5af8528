import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';

/**
 * A workbook read back with ExcelJS, as JSON that diffs well: one line per row. XLSX bytes carry
 * zip timestamps and ordering that say nothing about what a reader sees, so the golden test
 * compares what a reader sees: sheet names, cell values, number formats, the scorecard sheet's
 * fills and fonts, frozen panes, filters and print setup. Sheets named in `sampled` (the long
 * drill-down lists) keep their first rows, their row count and a hash of every value.
 */
export interface DescribeOptions {
  /** Sheets whose cell styles (fills, fonts) are described too. */
  readonly styled: ReadonlySet<string>;
  /** Sheets described by their first rows, their row count and a hash of all rows. */
  readonly sampled: ReadonlySet<string>;
  readonly sampleRows?: number;
}

type CellDescription = null | string | number | boolean | Record<string, unknown>;

function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const iso = v.toISOString();
    return { date: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16) };
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return { formula: JSON.stringify(v) };
    if ('error' in v) return { error: v.error };
    if ('hyperlink' in v) return { hyperlink: v.hyperlink, text: v.text };
    return { other: JSON.stringify(v) };
  }
  return v;
}

function describeCell(c: ExcelJS.Cell, styled: boolean): CellDescription {
  const value = plainValue(c.value);
  if (value === null) return null;
  const out: Record<string, unknown> = {};
  const fmt = c.numFmt;
  const isNumberish = typeof c.value === 'number' || c.value instanceof Date;
  if (isNumberish && fmt && fmt !== 'General') out.fmt = fmt;
  if (styled) {
    const fill = c.fill as ExcelJS.FillPattern | undefined;
    if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) out.fill = fill.fgColor.argb;
    if (c.font?.bold) out.bold = true;
    if (c.font?.italic) out.italic = true;
    if (c.font?.color?.argb && fill?.type === 'pattern') out.color = c.font.color.argb;
  }
  if (Object.keys(out).length === 0) return value as CellDescription;
  return typeof value === 'object' ? { ...(value as object), ...out } : { v: value, ...out };
}

function rowValues(ws: ExcelJS.Worksheet, styled: boolean): [number, ...CellDescription[]][] {
  const rows: [number, ...CellDescription[]][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: CellDescription[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(describeCell(row.getCell(i), styled));
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    if (cells.length) rows.push([n, ...cells]);
  });
  return rows;
}

export interface WorkbookDescription {
  readonly sheets: {
    readonly name: string;
    readonly meta: Record<string, unknown>;
    readonly rows: [number, ...CellDescription[]][];
  }[];
}

export function describeWorkbook(wb: ExcelJS.Workbook, options: DescribeOptions): WorkbookDescription {
  return {
    sheets: wb.worksheets.map((ws) => {
      const all = rowValues(ws, options.styled.has(ws.name));
      const view = ws.views[0];
      const p = ws.pageSetup;
      const meta: Record<string, unknown> = {
        view: view ? { state: view.state, ...(view.state === 'frozen' ? { xSplit: view.xSplit, ySplit: view.ySplit } : {}) } : null,
        autoFilter: ws.autoFilter ?? null,
        print: { paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, printTitlesRow: p.printTitlesRow ?? null },
        widths: (ws.columns ?? []).map((c) => c.width ?? null),
      };
      if (!options.sampled.has(ws.name)) return { name: ws.name, meta, rows: all };
      const keep = options.sampleRows ?? 3;
      const headerAt = all.findIndex((r) => r[1] === 'Child id');
      meta.rowCount = all.length;
      meta.sha256 = createHash('sha256').update(JSON.stringify(all)).digest('hex');
      return { name: ws.name, meta, rows: all.slice(0, headerAt + 1 + keep) };
    }),
  };
}

/** The description as JSON with one line per row, so a changed figure is a one-line diff. */
export function descriptionJson(d: WorkbookDescription): string {
  const sheets = d.sheets.map(
    (s) => `    {
      "name": ${JSON.stringify(s.name)},
      "meta": ${JSON.stringify(s.meta)},
      "rows": [
${s.rows.map((r) => `        ${JSON.stringify(r)}`).join(',\n')}
      ]
    }`,
  );
  return `{\n  "sheets": [\n${sheets.join(',\n')}\n  ]\n}\n`;
}

/** Every cell of every sheet, for properties that must hold whatever the golden content. */
export function allCells(wb: ExcelJS.Workbook): { sheet: string; address: string; value: ExcelJS.CellValue; formula: boolean }[] {
  const out: { sheet: string; address: string; value: ExcelJS.CellValue; formula: boolean }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        out.push({ sheet: ws.name, address: c.address, value: c.value, formula: c.type === ExcelJS.ValueType.Formula });
      });
    });
  }
  return out;
}
