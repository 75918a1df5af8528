import type { ReadRule } from './rule.js';

/** Findings raised while a workbook is read, before any SQL rule runs. */
export const READ_RULES: readonly ReadRule[] = [
  { id: 'unreadable-value', severity: 'error', title: 'A value could not be read (impossible date, unknown code, not a whole number, absurd length); stored as blank' },
  { id: 'missing-column', severity: 'varies', title: "A list has no column for one of the template's headers (error for the child id, warning for mandatory columns)" },
  { id: 'unmapped-column', severity: 'warning', title: "A column's header is not one of the list's; its values were not loaded" },
  { id: 'duplicate-column', severity: 'warning', title: 'Two columns have the same header; the first was loaded' },
  { id: 'header-approximate', severity: 'warning', title: "A header was matched to the nearest template spelling; check it is the same column" },
  { id: 'header-alias', severity: 'info', title: 'A header was matched to a known variant of the template spelling' },
  { id: 'header-below-title', severity: 'info', title: 'The header row is below one or more title rows' },
  { id: 'sheet-identified-by-headers', severity: 'varies', title: 'A sheet was taken as a list from its headers (warning when its name pointed to another list)' },
  { id: 'unrecognised-sheet', severity: 'warning', title: 'A sheet is not an Annex A list and was not read' },
  { id: 'list-in-two-sheets', severity: 'warning', title: 'The same list appears in two sheets; both were loaded' },
  { id: 'empty-list', severity: 'warning', title: 'A list has a header row but no data rows' },
  { id: 'list-missing', severity: 'info', title: 'No sheet holds one of the eleven lists' },
];
