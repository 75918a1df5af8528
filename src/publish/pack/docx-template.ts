import yauzl, { type Entry } from 'yauzl';
import { readTheme, type IThemeOptions } from 'docx';
import { UserError } from '../../user-error.js';

/**
 * A council's Word template: its styles (`word/styles.xml`) go into the pack as docx's
 * `externalStyles`, and its theme (the colours and fonts its styles refer to) with them, so the
 * pack's headings, body text and captions look as the council's own papers do. Styles the
 * template lacks are filled from the pack's own (see docx-styles.ts).
 */
export interface DocxTemplateStyles {
  readonly xml: string;
  /** The style ids the template defines (Heading1, Title, Caption…). */
  readonly ids: ReadonlySet<string>;
  readonly theme: IThemeOptions | null;
}

/** One part of a zip package as text, or null when the package has no such part. */
export function readZipPart(data: Buffer, path: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip package'));
      let found = false;
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName.replace(/^\/+/, '').toLowerCase() !== path.toLowerCase()) return zip.readEntry();
        found = true;
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${path}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => {
        if (!found) resolve(null);
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export function styleIds(xml: string): Set<string> {
  return new Set([...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((m) => m[1] as string));
}

export async function readDocxStyles(data: Buffer, file: string): Promise<DocxTemplateStyles> {
  let xml: string | null;
  try {
    xml = await readZipPart(data, 'word/styles.xml');
  } catch {
    throw new UserError(`--template ${file}: not a Word document (it is not a .docx zip package)`);
  }
  if (!xml || !/<w:styles\b/.test(xml)) throw new UserError(`--template ${file}: the document has no styles (word/styles.xml) to use`);
  return { xml, ids: styleIds(xml), theme: themeOf(data) };
}

function themeOf(data: Buffer): IThemeOptions | null {
  try {
    return readTheme(data);
  } catch {
    // A template without a theme part is still a template: its styles name their fonts directly.
    return null;
  }
}
