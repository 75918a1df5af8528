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

export async function writeWorkbook(path: string, sheets: readonly OutSheet[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const t of s.titleRows ?? []) ws.addRow(t.map(toExcel)).commit();
    ws.addRow([...s.header]).commit();
    for (const r of s.rows) {
      const row = ws.addRow(r.map(toExcel));
      r.forEach((c, i) => {
        if (c !== null && typeof c === 'object' && c.kind === 'date') {
          row.getCell(i + 1).numFmt = c.format ?? (c.time ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy');
        }
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
