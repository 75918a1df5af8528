import { basename, extname } from 'node:path';
import { type LocalKind, LOCAL_KINDS } from '../model/local-templates.js';
import type { IsoDate } from '../model/dates.js';
import type { Database } from '../store/database.js';
import type { Extract } from '../store/extracts.js';
import { UserError } from '../user-error.js';
import { loadAnnexA } from './load-annex-a.js';
import { loadLocal } from './load-local.js';
import { loadWorkforce } from './load-workforce.js';

/** What a file is, as the inbox and the upload page tell it: Annex A, the census, or a local template. */
export type FileKind = 'annex-a' | 'workforce' | `local-${LocalKind}`;

export const FILE_KINDS: readonly { kind: FileKind; label: string }[] = [
  { kind: 'annex-a', label: 'Ofsted Annex A workbook (.xlsx)' },
  { kind: 'workforce', label: "Children's social work workforce census (.xml)" },
  ...LOCAL_KINDS.map((k) => ({ kind: `local-${k}` as FileKind, label: `Local template: ${k} (.csv)` })),
];

export function isFileKind(s: string): s is FileKind {
  return FILE_KINDS.some((k) => k.kind === s);
}

/**
 * The kind of a file dropped in the inbox, from its name: a workbook is Annex A, an XML file
 * the workforce census, a CSV file a local template named by its first word
 * (`supervision-2026-03-31.csv`). Null when the name does not say.
 */
export function kindFromName(file: string): FileKind | null {
  const name = basename(file).toLowerCase();
  const ext = extname(name);
  if (ext === '.xlsx' || ext === '.xlsm') return 'annex-a';
  if (ext === '.xml') return 'workforce';
  if (ext === '.csv') {
    const k = LOCAL_KINDS.find((x) => name.startsWith(x));
    return k ? `local-${k}` : null;
  }
  return null;
}

export interface FileLoadOptions {
  readonly asAt?: IsoDate;
  readonly replace?: boolean;
  readonly loadedBy: string;
}

export interface FileLoadResult {
  readonly extract: Extract;
  readonly notes: string[];
}

/** Loads one file of a known kind as an extract, in one transaction (see loadExtract). */
export async function loadFile(db: Database, file: string, kind: FileKind, options: FileLoadOptions): Promise<FileLoadResult> {
  const common = { file, asAt: options.asAt, replace: options.replace, loadedBy: options.loadedBy };
  if (kind === 'annex-a') {
    const r = await loadAnnexA(db, common);
    return { extract: r.extract, notes: r.notes };
  }
  if (kind === 'workforce') {
    const r = await loadWorkforce(db, common);
    return { extract: r.extract, notes: r.notes };
  }
  const local = kind.slice('local-'.length) as LocalKind;
  if (!LOCAL_KINDS.includes(local)) throw new UserError(`${basename(file)}: not a kind of file the dashboard loads`);
  const r = await loadLocal(db, { ...common, kind: local });
  return { extract: r.extract, notes: r.notes };
}
