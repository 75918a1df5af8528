import { type Cell, CellError, CellIsoDate } from './cell.js';
import { decodeText } from './xml-text.js';

export type RowHandler = (rowNumber: number, cells: Cell[]) => void;

/**
 * Streaming reader of a worksheet's XML (`<sheetData><row><c><v>…`). A general XML parser
 * spends most of its time on events we do not need; this scanner walks the few elements a
 * worksheet's data uses with indexOf, which keeps a 100 000-row list well under a second.
 * It accepts namespace prefixes (`<x:row>`, written by the OpenXML SDK), inline strings,
 * rich text, formulas with cached values, error, boolean and ISO-date cells, and rows or
 * cells without an `r` reference.
 */
export class SheetScanner {
  private buffer = '';
  private lastRow = 0;
  private rowsSeen = 0;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly onRow: RowHandler,
    private readonly maxRows = 1_048_576,
  ) {}

  get rowCount(): number {
    return this.rowsSeen;
  }

  push(chunk: string): void {
    this.buffer += chunk;
    const cut = lastRowEnd(this.buffer);
    if (cut <= 0) return;
    const segment = this.buffer.slice(0, cut);
    this.buffer = this.buffer.slice(cut);
    this.scan(segment);
  }

  end(): void {
    if (this.buffer.length > 0) this.scan(this.buffer);
    this.buffer = '';
  }

  private scan(s: string): void {
    const n = s.length;
    let i = 0;
    let inRow = false;
    let cells: Cell[] = [];
    let rowNumber = 0;
    let col = -1;
    let cellType = '';
    let cellValue: string | null = null;
    let inline: string | null = null;
    let inCell = false;

    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        // Comment or CDATA: CDATA text inside <v>/<t> is handled by readText.
        const close = s.startsWith('<!--', lt) ? s.indexOf('-->', lt) + 3 : s.indexOf('>', lt) + 1;
        i = close > lt ? close : n;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const close = s.indexOf('?>', lt);
        i = close < 0 ? n : close + 2;
        continue;
      }
      const gt = s.indexOf('>', lt);
      if (gt < 0) break;
      const closing = c1 === 47; /* / */
      const nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < gt) {
        const ch = s.charCodeAt(nameEnd);
        if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        nameEnd++;
      }
      let localStart = nameStart;
      const colon = s.indexOf(':', nameStart);
      if (colon >= 0 && colon < nameEnd) localStart = colon + 1;
      const len = nameEnd - localStart;
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const a = s.charCodeAt(localStart);
      i = gt + 1;

      if (len === 1 && a === 99 /* c */) {
        if (closing) {
          if (inCell) {
            this.setCell(cells, col, cellType, cellValue, inline);
            inCell = false;
          }
          continue;
        }
        const attrs = s.slice(nameEnd, gt);
        const ref = attr(attrs, 'r');
        col = ref ? columnIndexOf(ref) : col + 1;
        cellType = attr(attrs, 't') ?? '';
        cellValue = null;
        inline = null;
        inCell = !selfClosing;
        continue;
      }
      if (len === 1 && a === 118 /* v */) {
        if (!closing && !selfClosing) {
          const end = s.indexOf('<', gt + 1);
          const { text, next } = readText(s, gt + 1, end);
          cellValue = text;
          i = next;
        }
        continue;
      }
      if (len === 1 && a === 116 /* t */) {
        if (!closing && !selfClosing && inCell) {
          const end = s.indexOf('<', gt + 1);
          const { text, next } = readText(s, gt + 1, end);
          inline = (inline ?? '') + text;
          i = next;
        }
        continue;
      }
      if (len === 3 && a === 114 /* r */ && s.charCodeAt(localStart + 1) === 111 && s.charCodeAt(localStart + 2) === 119) {
        if (closing) {
          if (inRow) this.emit(rowNumber, cells);
          inRow = false;
          continue;
        }
        const ref = attr(s.slice(nameEnd, gt), 'r');
        rowNumber = ref ? Number(ref) : this.lastRow + 1;
        if (!Number.isFinite(rowNumber) || rowNumber < 1) rowNumber = this.lastRow + 1;
        cells = [];
        col = -1;
        if (selfClosing) this.emit(rowNumber, cells);
        else inRow = true;
        continue;
      }
      if (len === 3 && a === 114 /* rPh: phonetic run, not cell text */ && !closing && !selfClosing && s.startsWith('rPh', localStart)) {
        const close = s.indexOf('rPh>', gt);
        i = close < 0 ? n : close + 4;
        continue;
      }
      if (len === 1 && a === 102 /* f: formula text is not a value */ && !closing && !selfClosing) {
        const end = s.indexOf('<', gt + 1);
        i = end < 0 ? n : end;
      }
    }
  }

  private setCell(cells: Cell[], col: number, type: string, value: string | null, inline: string | null): void {
    let cell: Cell;
    switch (type) {
      case 's': {
        const idx = value === null ? NaN : Number(value);
        const str = this.sharedStrings[idx];
        cell = str === undefined ? new CellError(`#SHARED_STRING_${value ?? ''}`) : str;
        break;
      }
      case 'inlineStr':
        cell = inline ?? value ?? '';
        break;
      case 'str':
        cell = value ?? inline ?? '';
        break;
      case 'b':
        cell = value === null ? null : value.trim() === '1' || value.trim().toLowerCase() === 'true';
        break;
      case 'e':
        cell = new CellError(value ?? '#ERROR');
        break;
      case 'd':
        cell = value === null ? null : new CellIsoDate(value);
        break;
      default: {
        if (value === null) {
          cell = inline;
        } else {
          const num = Number(value);
          cell = value.trim() !== '' && Number.isFinite(num) ? num : value;
        }
      }
    }
    if (col >= 0) cells[col] = cell;
  }

  private emit(rowNumber: number, cells: Cell[]): void {
    this.rowsSeen++;
    if (this.rowsSeen > this.maxRows) {
      throw new SheetTooLargeError(this.maxRows);
    }
    this.lastRow = rowNumber;
    for (let k = 0; k < cells.length; k++) if (cells[k] === undefined) cells[k] = null;
    this.onRow(rowNumber, cells);
  }
}

export class SheetTooLargeError extends Error {
  constructor(readonly maxRows: number) {
    super(`more than ${maxRows.toLocaleString('en-GB')} rows, the most an Excel sheet can hold`);
  }
}

/** Index just after the last complete `</row>` (with or without a prefix), or -1. */
function lastRowEnd(s: string): number {
  let from = s.length;
  for (;;) {
    const at = s.lastIndexOf('row>', from);
    if (at < 0) return -1;
    const open = s.lastIndexOf('<', at);
    if (open >= 0 && s.charCodeAt(open + 1) === 47 && /^<\/(?:[\w.-]+:)?$/.test(s.slice(open, at))) return at + 4;
    from = at - 1;
    if (from < 0) return -1;
  }
}

function attr(attrs: string, name: string): string | undefined {
  // Attribute names in cell and row tags are unprefixed; match ` name="…"`.
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    const before = attrs.charCodeAt(at - 1);
    let k = at + name.length;
    while (attrs.charCodeAt(k) === 32) k++;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && attrs.charCodeAt(k) === 61 /* = */) {
      k++;
      while (attrs.charCodeAt(k) === 32) k++;
      const q = attrs[k];
      if (q === '"' || q === "'") {
        const end = attrs.indexOf(q, k + 1);
        if (end > k) return attrs.slice(k + 1, end);
      }
    }
    from = at + name.length;
  }
}

function readText(s: string, start: number, end: number): { text: string; next: number } {
  if (end < 0) return { text: decodeText(s.slice(start)), next: s.length };
  if (s.startsWith('<![CDATA[', end)) {
    const close = s.indexOf(']]>', end);
    if (close > 0) {
      const before = decodeText(s.slice(start, end));
      const cdata = s.slice(end + 9, close);
      const rest = s.indexOf('<', close + 3);
      const after = rest < 0 ? '' : decodeText(s.slice(close + 3, rest));
      return { text: before + cdata + after, next: rest < 0 ? s.length : rest };
    }
  }
  return { text: decodeText(s.slice(start, end)), next: end };
}

/** 0-based column index of a cell reference such as `AB12` (or `$AB$12`). */
export function columnIndexOf(ref: string): number {
  let col = 0;
  let seen = false;
  for (let k = 0; k < ref.length; k++) {
    const ch = ref.charCodeAt(k);
    if (ch >= 65 && ch <= 90) {
      col = col * 26 + (ch - 64);
      seen = true;
    } else if (ch >= 97 && ch <= 122) {
      col = col * 26 + (ch - 96);
      seen = true;
    } else if (ch === 36) continue;
    else break;
  }
  return seen ? col - 1 : -1;
}
