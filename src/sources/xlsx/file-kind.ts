import { open } from 'node:fs/promises';

export type FileKind =
  | { kind: 'zip' }
  | { kind: 'encrypted' }
  | { kind: 'xls' }
  | { kind: 'empty' }
  | { kind: 'other'; looksLike: string };

/**
 * What a file is, from its first bytes. A password-protected .xlsx is not a zip: Office wraps
 * it in a compound file holding an `EncryptedPackage` stream, which is how we tell it from an
 * old binary .xls.
 */
export async function detectFileKind(path: string): Promise<FileKind> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size === 0) return { kind: 'empty' };
    const head = Buffer.alloc(Math.min(size, 8));
    await fh.read(head, 0, head.length, 0);
    if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return { kind: 'zip' };
    if (head.readUInt32BE(0) === 0xd0cf11e0 && head.length >= 8 && head.readUInt32BE(4) === 0xa1b11ae1) {
      const probe = Buffer.alloc(Math.min(size, 4 * 1024 * 1024));
      await fh.read(probe, 0, probe.length, 0);
      const marker = Buffer.from('EncryptedPackage', 'utf16le');
      return probe.includes(marker) ? { kind: 'encrypted' } : { kind: 'xls' };
    }
    const text = head.toString('latin1');
    if (text.startsWith('%PDF')) return { kind: 'other', looksLike: 'a PDF document' };
    const start = text.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
    if (start.startsWith('<')) return { kind: 'other', looksLike: 'an HTML or XML file' };
    if (/^[\x20-\x7e\t\r\n]+$/.test(text)) return { kind: 'other', looksLike: 'a text file (CSV?)' };
    return { kind: 'other', looksLike: 'an unknown binary file' };
  } finally {
    await fh.close();
  }
}
