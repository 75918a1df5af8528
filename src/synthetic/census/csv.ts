import type { LocalTemplate } from '../../model/local-templates.js';

/** A row of a local template as a file holds it: column key → cell text (missing or '' = blank). */
export type TemplateRow = Record<string, string>;

/**
 * A local template's CSV as Excel writes it: the template's headers in order, CRLF line ends,
 * a cell quoted when it holds the delimiter, a double quote or a line break. With one header
 * line and no line breaks inside cells, row i (0-based) is on line i + 2.
 */
export function templateCsv(t: LocalTemplate, rows: readonly TemplateRow[], options: { delimiter?: ',' | ';'; bom?: boolean } = {}): string {
  const d = options.delimiter ?? ',';
  const cell = (v: string): string => (v.includes(d) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [t.columns.map((c) => cell(c.header)).join(d), ...rows.map((r) => t.columns.map((c) => cell(r[c.key] ?? '')).join(d))];
  return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
