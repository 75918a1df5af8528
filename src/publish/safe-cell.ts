/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return before one)
 * as a formula. Every text cell we export is neutralised with a leading apostrophe so that a
 * value typed into a case record can never run as a formula in someone's Excel.
 */
export function safeCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
