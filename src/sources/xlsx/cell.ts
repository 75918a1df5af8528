/**
 * A cell as the workbook holds it, before any column's meaning is applied. Numbers stay
 * numbers (a date column decides they are Excel serial dates); text is already resolved from
 * the shared-string table.
 */
export type Cell = number | string | boolean | CellError | CellIsoDate | null;

/** An Excel error value such as `#N/A`. */
export class CellError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

/** A cell of type `d` (ISO 8601 date text, written by a few generators instead of a serial). */
export class CellIsoDate {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** The original text of a cell, as a finding should quote it. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** Column letters of a 0-based column index (0 → A, 27 → AB). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
