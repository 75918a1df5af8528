import { join, resolve } from 'node:path';
import type { IsoDate } from '../model/dates.js';
import { annexAListsAt } from './extract.js';
import type { Authority } from './model.js';
import type { MessOptions } from './mess.js';
import { writeAnnexAWorkbookCounted } from './write-annex-a.js';

export interface GeneratedFile {
  readonly path: string;
  readonly asAt: IsoDate;
  /** Rows written per list, duplicates included (what a reader of the file will count). */
  readonly rowsByList: Record<number, number>;
}

/** The file name of the extract at `asAt`. */
export function extractFileName(asAt: IsoDate): string {
  return `annex-a-${asAt}.xlsx`;
}

/** Writes the extracts of `authority` at each of `asAts` into `outDir`, one after another. */
export async function writeExtracts(authority: Authority, asAts: readonly IsoDate[], outDir: string, mess: MessOptions): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const asAt of asAts) {
    const path = resolve(join(outDir, extractFileName(asAt)));
    const rowsByList = await writeAnnexAWorkbookCounted(path, annexAListsAt(authority, asAt), { asAt, mess, seed: authority.options.seed });
    files.push({ path, asAt, rowsByList });
  }
  return files;
}
