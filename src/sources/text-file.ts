import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { detectFileKind } from './xlsx/file-kind.js';

/**
 * Reading a text source (CSV, XML) as text: telling it from a workbook or a PDF given by
 * mistake, finding its encoding, and decoding it chunk by chunk, so that a large file is never
 * held whole in memory.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why the file cannot be a text file at all, or null when it may be one. */
export async function notTextReason(path: string): Promise<string | null> {
  const kind = await detectFileKind(path);
  switch (kind.kind) {
    case 'empty':
      return 'the file is empty';
    case 'zip':
      return 'it is an Excel .xlsx workbook (or another zip file), not a text file';
    case 'encrypted':
      return 'it is a password-protected Excel workbook, not a text file';
    case 'xls':
      return 'it is an old Excel .xls workbook (or another Office file), not a text file';
    default:
      if (kind.looksLike === 'a PDF document') return 'it is a PDF document, not a text file';
  }
  const head = await readHead(path, 4096);
  const bom = bomEncoding(head);
  if (bom === 'utf-16le' || bom === 'utf-16be') return null;
  if (head.includes(0)) return 'it is a binary file, not a text file';
  return null;
}

/** The first `n` bytes (fewer when the file is shorter). */
export async function readHead(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The encoding a byte-order mark names, or null. */
export function bomEncoding(head: Buffer): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** Whether the whole file is valid UTF-8 (read once, in chunks). */
export async function isUtf8(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** The file's text, decoded chunk by chunk (a byte-order mark is dropped). */
export async function* decodeFile(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' });
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Text clipped for a message or a finding, saying how long it was. */
export function clipText(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en-GB')} characters)` : text;
}
