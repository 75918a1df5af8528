import { ANNEX_A_LISTS, type ColumnDef, type ListDef } from '../model/annex-a-lists.js';
import type { IsoDate } from '../model/dates.js';
import type { AnnexALists, AnnexARow } from './extract.js';
import { isMeasureColumn } from './measure-columns.js';
import type { MessOptions } from './mess.js';
import { type SheetLayout, sheetLayout } from './mess-layout.js';
import {
  blankCell,
  codeCell,
  countCell,
  dateCell,
  impossibleDate,
  placeholder,
  straySpaces,
  unknownCodes,
  workerVariant,
} from './mess-values.js';
import { Rng } from './rng.js';
import { type OutCell, type OutSheet, writeWorkbook } from './xlsx-writer.js';

const EXCEL_MAX_ROWS = 1_048_576;

export interface WriteAnnexAOptions {
  readonly asAt: IsoDate;
  readonly mess: MessOptions;
  readonly seed: number;
}

/**
 * Writes one extract as an Annex A workbook, one sheet per list. With NO_MESS it is the
 * template exactly: `List N` sheets, the template's headers in order, dates as date cells,
 * codes as canonical codes, counts as numbers, blanks empty. Mess is drawn from a stream
 * seeded by `seed` and the as-at date, so the same call always writes the same bytes' worth
 * of values.
 */
export async function writeAnnexAWorkbook(path: string, lists: AnnexALists, o: WriteAnnexAOptions): Promise<void> {
  await writeAnnexAWorkbookCounted(path, lists, o);
}

/** As writeAnnexAWorkbook, returning the rows written per list (duplicates included). */
export async function writeAnnexAWorkbookCounted(path: string, lists: AnnexALists, o: WriteAnnexAOptions): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (const [n, rows] of lists) {
    // Duplicates and title rows add a little; an Excel sheet holds 1 048 576 rows in all.
    if (rows.length * (1 + o.mess.duplicateRows) + 10 > EXCEL_MAX_ROWS) {
      throw new RangeError(`list ${n} would have ${rows.length.toLocaleString('en-GB')} rows, more than an Excel sheet holds; generate fewer children`);
    }
  }
  const rng = Rng.derive(o.seed, 'mess', o.asAt);
  const sheets: OutSheet[] = ANNEX_A_LISTS.map((list) => {
    const layout = sheetLayout(rng, list, o.asAt, o.mess);
    return {
      name: layout.name,
      titleRows: layout.titleRows,
      header: layout.columns.map((c) => c.header),
      rows: counted(messyRows(Rng.derive(o.seed, 'mess', o.asAt, list.number), list, lists.get(list.number) ?? [], layout, o.mess), (n) => {
        counts[list.number] = n;
      }),
    };
  });
  if (o.mess.notesSheet) {
    sheets.splice(0, 0, {
      name: 'Notes',
      titleRows: [['About this extract']],
      header: ['Produced by the case management system for an Ofsted inspection.'],
      rows: [['Lists with no rows are left in place.'], [`As at ${o.asAt}.`]],
    });
  }
  await writeWorkbook(path, sheets);
  return counts;
}

function* counted<T>(rows: Iterable<T>, done: (n: number) => void): Generator<T> {
  let n = 0;
  for (const r of rows) {
    n++;
    yield r;
  }
  done(n);
}

/** The list's rows as cells, with duplicates emitted a few rows after their original. */
function* messyRows(rng: Rng, list: ListDef, rows: readonly AnnexARow[], layout: SheetLayout, mess: MessOptions): Generator<OutCell[]> {
  const pending: { at: number; cells: OutCell[] }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = layout.columns.map((c) =>
      c.kind === 'list' ? cellFor(rng, list.number, c.def, (rows[i] as AnnexARow)[c.def.key] ?? null, mess) : c.value(rng, i),
    );
    yield cells;
    if (mess.duplicateRows > 0 && rng.chance(mess.duplicateRows)) pending.push({ at: i + rng.int(0, 3), cells });
    while (pending.length > 0 && (pending[0] as { at: number }).at <= i) yield (pending.shift() as { cells: OutCell[] }).cells;
  }
  for (const p of pending) yield p.cells;
}

function cellFor(rng: Rng, list: number, def: ColumnDef, value: string | number | null, mess: MessOptions): OutCell {
  // Destructive kinds only where no core measure reads, and never in the id or a text column.
  const destructible = !isMeasureColumn(list, def.key) && def.key !== 'child_id' && def.key !== 'adopter_id';
  if (value === null) {
    if (destructible && def.type !== 'text' && def.type !== 'code' && rng.chance(mess.placeholders)) return placeholder(rng, def.type);
    return blankCell(rng, mess);
  }
  switch (def.type) {
    case 'date': {
      const iso = value as string;
      if (destructible && rng.chance(mess.impossibleDates)) return impossibleDate(rng, iso);
      if (destructible && rng.chance(mess.placeholders)) return placeholder(rng, 'date');
      const cell = dateCell(rng, iso, mess);
      return typeof cell === 'string' && rng.chance(mess.straySpaces) ? straySpaces(rng, cell, false) : cell;
    }
    case 'integer':
      if (destructible && rng.chance(mess.placeholders)) return placeholder(rng, 'integer');
      return countCell(rng, value as number, mess);
    case 'code': {
      if (destructible && def.codes && rng.chance(mess.unknownCodes)) {
        const unknown = unknownCodes(def.codes);
        if (unknown.length > 0) return rng.pick(unknown);
      }
      return codeCell(rng, def, value as string, mess);
    }
    case 'text': {
      const text = String(value);
      if (def.key === 'worker' && rng.chance(mess.workerNameVariants)) return workerVariant(rng, text);
      return rng.chance(mess.straySpaces) ? straySpaces(rng, text, def.key !== 'child_id' && def.key !== 'adopter_id') : text;
    }
  }
}

