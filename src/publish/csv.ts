import type { SqlValue } from '../store/database.js';
import { safeCellText } from './safe-cell.js';

function csvField(v: SqlValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return String(v);
  const text = safeCellText(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends, text cells made formula-safe. */
export function toCsv(header: readonly string[], rows: readonly (readonly (SqlValue | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map((v) => csvField(v)).join(',')).join('\r\n') + '\r\n';
}
