import { UserError } from '../user-error.js';

/**
 * How untidy a generated workbook is: one knob per kind of real-world quirk listed in
 * spec/annex-a.md. Rates are the share of eligible cells (or rows) affected; booleans switch a
 * layout quirk on. The first group keeps every value's meaning and may touch any column; the
 * last group (`impossibleDates`, `placeholders`, `unknownCodes`) makes values unreadable and
 * only ever touches columns no core measure reads (measure-columns.ts), so the core measures of
 * a messy workbook equal those of the clean one.
 */
export interface MessOptions {
  /** Dates written as bare serial numbers or as text (dd/mm/yyyy, d/m/yy, yyyy-mm-dd…), not date cells. */
  readonly dateForms: number;
  /** Dates (cells, serials or text) carrying a time of day. */
  readonly dateTimes: number;
  /** Codes with a letter prefix (`q) 6: Police`), as a label, in another case, or `Y`/`N`. */
  readonly codeForms: number;
  /** Counts written as text (`3`, `3.0`, ` 3 `). */
  readonly numbersAsText: number;
  /** Blank cells written as `#N/A`: an Excel error cell or the text. */
  readonly naForBlank: number;
  /** Values with non-breaking, leading, trailing or repeated spaces. */
  readonly straySpaces: number;
  /** Worker names in another case or with repeated or non-breaking spaces. */
  readonly workerNameVariants: number;
  /** Header spellings: case, spacing, non-breaking spaces, `Accomodation`, `Eligibity`, `(Y/N))`, aliases. */
  readonly headerVariants: boolean;
  /** A title row (and a blank row) above the header. */
  readonly titleRow: boolean;
  /** Sheet names such as `List 3 - Referrals` or `L3 Referrals` instead of `List 3`. */
  readonly sheetNameVariants: boolean;
  /** Columns that are not in the template (`LA`, `Notes`, `Locality`…). */
  readonly extraColumns: boolean;
  /** Columns in another order than the template's. */
  readonly shuffleColumns: boolean;
  /** A sheet that is not a list (notes about the extract). */
  readonly notesSheet: boolean;
  /** Rows repeated exactly, a little after the original. */
  readonly duplicateRows: number;
  /** Destructive, non-measure columns only: dates that do not exist (`31/02/2024`). */
  readonly impossibleDates: number;
  /** Destructive, non-measure columns only: `unknown`, `nope`, `TBC` in date and count columns. */
  readonly placeholders: number;
  /** Destructive, non-measure columns only: codes in no code list. */
  readonly unknownCodes: number;
}

export const NO_MESS: MessOptions = Object.freeze({
  dateForms: 0,
  dateTimes: 0,
  codeForms: 0,
  numbersAsText: 0,
  naForBlank: 0,
  straySpaces: 0,
  workerNameVariants: 0,
  headerVariants: false,
  titleRow: false,
  sheetNameVariants: false,
  extraColumns: false,
  shuffleColumns: false,
  notesSheet: false,
  duplicateRows: 0,
  impossibleDates: 0,
  placeholders: 0,
  unknownCodes: 0,
});

/** What a real export tends to look like: template code prefixes, a title, a few oddities. */
export const TYPICAL_MESS: MessOptions = Object.freeze({
  dateForms: 0.1,
  dateTimes: 0.05,
  codeForms: 0.5,
  numbersAsText: 0.02,
  naForBlank: 0.1,
  straySpaces: 0.02,
  workerNameVariants: 0.03,
  headerVariants: true,
  titleRow: true,
  sheetNameVariants: true,
  extraColumns: true,
  shuffleColumns: false,
  notesSheet: true,
  duplicateRows: 0.002,
  impossibleDates: 0.001,
  placeholders: 0.001,
  unknownCodes: 0.001,
});

/** Every quirk, often: the reader's stress test. */
export const ALL_MESS: MessOptions = Object.freeze({
  dateForms: 0.6,
  dateTimes: 0.3,
  codeForms: 0.8,
  numbersAsText: 0.3,
  naForBlank: 0.5,
  straySpaces: 0.2,
  workerNameVariants: 0.3,
  headerVariants: true,
  titleRow: true,
  sheetNameVariants: true,
  extraColumns: true,
  shuffleColumns: true,
  notesSheet: true,
  duplicateRows: 0.02,
  impossibleDates: 0.02,
  placeholders: 0.02,
  unknownCodes: 0.02,
});

export const MESS_PRESETS: Readonly<Record<string, MessOptions>> = { none: NO_MESS, typical: TYPICAL_MESS, all: ALL_MESS };

/** The preset called `name` (`none`, `typical` or `all`). */
export function messPreset(name: string): MessOptions {
  const preset = MESS_PRESETS[name.trim().toLowerCase()];
  if (!preset) throw new UserError(`unknown mess level "${name}"; use one of: ${Object.keys(MESS_PRESETS).join(', ')}`);
  return preset;
}
