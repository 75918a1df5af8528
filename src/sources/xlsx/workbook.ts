import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { detectFileKind } from './file-kind.js';
import { SharedStringsScanner } from './shared-strings.js';
import { type RowHandler, SheetScanner } from './sheet-scanner.js';
import { parseAttributes } from './xml-text.js';

export interface WorkbookSheet {
  readonly name: string;
  /** Path of the sheet's XML inside the package. */
  readonly path: string;
  readonly hidden: boolean;
}

/** The whole file is unusable: the message says why, in the user's terms. */
export class WorkbookError extends Error {}

/**
 * An .xlsx package opened for streaming: the sheet list and date system are read up front,
 * shared strings on demand, and each sheet's rows are streamed without holding the sheet.
 */
export class XlsxWorkbook {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    readonly sheets: readonly WorkbookSheet[],
    readonly date1904: boolean,
    private readonly sharedStringsPath: string | null,
  ) {}

  static async open(file: string): Promise<XlsxWorkbook> {
    const kind = await detectFileKind(file).catch((e: NodeJS.ErrnoException) => {
      throw new WorkbookError(e.code === 'ENOENT' ? 'file not found' : `cannot read the file (${e.code ?? e.message})`);
    });
    switch (kind.kind) {
      case 'empty':
        throw new WorkbookError('the file is empty (0 bytes)');
      case 'encrypted':
        throw new WorkbookError(
          'the workbook is password-protected (encrypted); open it in Excel, remove the password (File › Info › Protect Workbook) and save it as .xlsx',
        );
      case 'xls':
        throw new WorkbookError('this is an old Excel 97-2003 (.xls) workbook; open it in Excel and save it as .xlsx');
      case 'other':
        throw new WorkbookError(`not an Excel .xlsx workbook: it looks like ${kind.looksLike}`);
      case 'zip':
        break;
    }
    const zip = await openZip(file);
    const entries = new Map<string, Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (e: Entry) => {
          entries.set(e.fileName.replace(/^\/+/, ''), e);
          zip.readEntry();
        });
        zip.on('end', () => resolve());
        zip.on('error', reject);
        zip.readEntry();
      });
    } catch (e) {
      zip.close();
      throw new WorkbookError(`the file is a damaged zip package: ${(e as Error).message}`);
    }
    const find = (path: string): Entry | undefined => entries.get(path) ?? caseInsensitive(entries, path);
    try {
      const rootRels = find('_rels/.rels');
      let workbookPath = 'xl/workbook.xml';
      if (rootRels) {
        const rels = parseRelationships(await readEntryText(zip, rootRels), '');
        const main = rels.find((r) => r.type.endsWith('/officeDocument'));
        if (main) workbookPath = main.target;
      }
      const workbookEntry = find(workbookPath);
      if (!workbookEntry) {
        throw new WorkbookError('the file is a zip package but not an Excel workbook (it has no workbook part; is it a .docx or .pptx?)');
      }
      const workbookXml = await readEntryText(zip, workbookEntry);
      const dir = posix.dirname(workbookPath);
      const relsEntry = find(posix.join(dir, '_rels', `${posix.basename(workbookPath)}.rels`));
      const rels = relsEntry ? parseRelationships(await readEntryText(zip, relsEntry), dir) : [];
      const byId = new Map(rels.map((r) => [r.id, r]));
      const sheets: WorkbookSheet[] = [];
      for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)) {
        const a = parseAttributes(m[1] as string);
        const rel = byId.get(a['r:id'] ?? a.id ?? '');
        const path = rel?.target ?? posix.join(dir, `worksheets/sheet${sheets.length + 1}.xml`);
        if (rel && !rel.type.endsWith('/worksheet')) continue; // chart sheets and dialog sheets hold no rows
        sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, path, hidden: (a.state ?? 'visible') !== 'visible' });
      }
      const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
      const date1904 = pr ? /^(1|true)$/i.test(parseAttributes(pr[1] as string).date1904 ?? '') : false;
      const ssRel = rels.find((r) => r.type.endsWith('/sharedStrings'));
      const ssPath = ssRel?.target ?? (find(posix.join(dir, 'sharedStrings.xml')) ? posix.join(dir, 'sharedStrings.xml') : null);
      return new XlsxWorkbook(zip, entries, sheets, date1904, ssPath);
    } catch (e) {
      zip.close();
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError(`the workbook's structure cannot be read: ${(e as Error).message}`);
    }
  }

  async readSharedStrings(): Promise<string[]> {
    if (!this.sharedStringsPath) return [];
    const entry = this.entry(this.sharedStringsPath);
    if (!entry) return [];
    const scanner = new SharedStringsScanner();
    await this.stream(entry, (chunk) => scanner.push(chunk));
    return scanner.end();
  }

  /** Streams a sheet's rows to `onRow`; resolves with the number of rows seen. */
  async readSheet(sheet: WorkbookSheet, sharedStrings: readonly string[], onRow: RowHandler): Promise<number> {
    const entry = this.entry(sheet.path);
    if (!entry) throw new WorkbookError(`sheet "${sheet.name}" is listed but its part ${sheet.path} is missing`);
    const scanner = new SheetScanner(sharedStrings, onRow);
    await this.stream(entry, (chunk) => scanner.push(chunk));
    scanner.end();
    return scanner.rowCount;
  }

  close(): void {
    this.zip.close();
  }

  private entry(path: string): Entry | undefined {
    return this.entries.get(path) ?? caseInsensitive(this.entries, path);
  }

  /**
   * Streams a part's text. We inflate it ourselves, with large output chunks: the default
   * 16 KB chunks cost a thread-pool round trip each, which dominated reading a large sheet.
   */
  private async stream(entry: Entry, onChunk: (chunk: string) => void): Promise<void> {
    const raw = await openEntryStream(this.zip, entry, true);
    let stream: Readable = raw;
    if (entry.compressionMethod === 8) stream = raw.pipe(createInflateRaw({ chunkSize: 1 << 18 }));
    else if (entry.compressionMethod !== 0) {
      raw.destroy();
      throw new WorkbookError(`part ${entry.fileName} uses an unsupported compression method (${entry.compressionMethod})`);
    }
    const decoder = new StringDecoder('utf8');
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      const fail = (e: Error) => reject(e instanceof WorkbookError ? e : new WorkbookError(`part ${entry.fileName} is damaged: ${e.message}`));
      raw.on('error', fail);
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        try {
          onChunk(decoder.write(chunk));
        } catch (e) {
          raw.destroy();
          stream.destroy();
          reject(e);
        }
      });
      stream.on('end', () => {
        if (bytes !== entry.uncompressedSize && entry.uncompressedSize !== 0xffffffff) {
          fail(new Error(`expected ${entry.uncompressedSize} bytes, found ${bytes}`));
        } else {
          try {
            const rest = decoder.end();
            if (rest) onChunk(rest);
            resolve();
          } catch (e) {
            reject(e);
          }
        }
      });
      stream.on('error', fail);
    });
  }
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function parseRelationships(xml: string, baseDir: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1] as string);
    if (!a.Id || !a.Target) continue;
    if (a.TargetMode === 'External') continue;
    const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(baseDir, a.Target));
    out.push({ id: a.Id, type: a.Type ?? '', target });
  }
  return out;
}

function caseInsensitive(entries: Map<string, Entry>, path: string): Entry | undefined {
  const lower = path.toLowerCase();
  for (const [name, e] of entries) if (name.toLowerCase() === lower) return e;
  return undefined;
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(new WorkbookError(`the file is not a readable xlsx (zip) package: ${err?.message ?? 'unknown error'}`));
      else resolve(zip);
    });
  });
}

function openEntryStream(zip: ZipFile, entry: Entry, raw = false): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, raw ? { decodeFileData: false } : {}, (err, stream) => {
      if (err || !stream) reject(new WorkbookError(`part ${entry.fileName} cannot be opened: ${err?.message ?? 'unknown error'}`));
      else resolve(stream);
    });
  });
}

async function readEntryText(zip: ZipFile, entry: Entry): Promise<string> {
  const stream = await openEntryStream(zip, entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
