import { type TextEncoding, bomEncoding, clipText, notTextReason, readHead } from '../text-file.js';

/**
 * Deciding whether a file can be read as XML text, and in which encoding, before any parsing:
 * a workbook, a PDF, an empty file or a CSV given by mistake gets a message naming what it is.
 */
export async function xmlEncoding(file: string, fail: (why: string) => never): Promise<TextEncoding> {
  const notText = await notTextReason(file).catch(() => fail('file not found or not readable'));
  if (notText) fail(notText);
  const head = await readHead(file, 512);
  const bom = bomEncoding(head);
  if (bom) return bom;
  const start = head.toString('latin1').trimStart();
  if (!start.startsWith('<')) {
    const firstLine = start.split(/\r?\n/)[0] ?? '';
    const looks = /[,;\t]/.test(firstLine) ? ' (it looks like a CSV file)' : '';
    fail(`not an XML file: it starts with "${clipText(firstLine, 40)}"${looks}`);
  }
  const named = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start)?.[1]?.toLowerCase();
  if (!named || ['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(named)) return 'utf-8';
  if (['iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252', 'iso-8859-15'].includes(named)) return 'windows-1252';
  return fail(`the XML declaration names the encoding "${named}", which is not read; save the file as UTF-8`);
}

/** An element's local name (namespace prefix dropped: `cin:Child` is `Child`). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** A hint for a root element that belongs to another return. */
export function otherReturnHint(root: string): string {
  if (/^EXPSSDA903$/i.test(root)) return ' (it looks like an SSDA903 return)';
  if (/^(Workbook|worksheet)$/i.test(root)) return ' (it looks like a spreadsheet saved as XML)';
  return '';
}
