import ExcelJS from 'exceljs';
import { isIsoDate, isoToDay } from '../model/dates.js';
import type { SqlValue } from '../store/database.js';
import { safeCellText } from './safe-cell.js';

const MS_PER_DAY = 86_400_000;

/**
 * A list of rows (the children behind a figure) as a one-sheet workbook: a title row saying
 * what it is and as at when, a bold header that stays in view, dates as real Excel dates,
 * yes/no for flags, and every text cell through the formula guard, so a value typed into a
 * case record can never run as a formula in someone's Excel.
 */
export async function cohortXlsx(title: string, header: readonly string[], rows: readonly (readonly (SqlValue | undefined)[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'csc-scorecard';
  const ws = wb.addWorksheet('Rows', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([safeCellText(title)]).font = { bold: true, size: 12 };
  const head = ws.addRow(header.map((h) => safeCellText(h)));
  head.font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(
      r.map((v) => {
        if (v === null || v === undefined) return null;
        if (typeof v === 'boolean') return v ? 'yes' : 'no';
        if (typeof v === 'number') return v;
        if (isIsoDate(v)) return new Date(isoToDay(v) * MS_PER_DAY);
        return safeCellText(v);
      }),
    );
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  header.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length + 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
