import ExcelJS from 'exceljs';

/**
 * Writes workbooks the way case-management exports look: a value may be an Excel date cell,
 * a bare serial number, text, or an error value, so that fixtures can carry every form the
 * reader must accept. Rows are streamed, so large generated authorities stay frugal.
 */
export type OutCell =
  | string
  | number
  | null
  | { kind: 'date'; day: number; time?: number; format?: string }
  | { kind: 'error'; code: '#N/A' | '#VALUE!' | '#REF!' }
  | { kind: 'formula'; formula: string; result: string | number };

export interface OutSheet {
  readonly name: string;
  /** Rows written above the header (titles, "as at" notes). */
  readonly titleRows?: readonly (readonly OutCell[])[];
  readonly header: readonly string[];
  readonly rows: Iterable<readonly OutCell[]>;
}

const MS_PER_DAY = 86_400_000;

function toExcel(cell: OutCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  switch (cell.kind) {
    case 'date':
      return new Date(cell.day * MS_PER_DAY + Math.round((cell.time ?? 0) * MS_PER_DAY));
    case 'error':
      return { error: cell.code } as ExcelJS.CellErrorValue;
    case 'formula':
      return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  }
}

/**
 * Shared style objects: ExcelJS gives every new cell a fresh style object and works its style
 * id out again for each (most of the writing time on large sheets), unless the object is one
 * it has seen before. Cells only ever get one of these, never a style of their own.
 */
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};
const DATE_STYLES = new Map<string, Partial<ExcelJS.Style>>();

function dateStyle(format: string): Partial<ExcelJS.Style> {
  let style = DATE_STYLES.get(format);
  if (!style) {
    style = { numFmt: format };
    DATE_STYLES.set(format, style);
  }
  return style;
}

export async function writeWorkbook(path: string, sheets: readonly OutSheet[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const t of s.titleRows ?? []) ws.addRow(t.map(toExcel)).commit();
    ws.addRow([...s.header]).commit();
    for (const r of s.rows) {
      const row = ws.addRow(r.map(toExcel));
      r.forEach((c, i) => {
        if (c === null) return;
        row.getCell(i + 1).style =
          typeof c === 'object' && c.kind === 'date' ? dateStyle(c.format ?? (c.time ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy')) : PLAIN_STYLE;
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
