import { basename, extname } from 'node:path';
import { type LocalKind, LOCAL_KINDS } from '../model/local-templates.js';
import type { IsoDate } from '../model/dates.js';
import type { Database } from '../store/database.js';
import type { Extract } from '../store/extracts.js';
import { UserError } from '../user-error.js';
import { open } from 'node:fs/promises';
import { loadAnnexA } from './load-annex-a.js';
import { loadCinCensus } from './load-cin-census.js';
import { loadLocal } from './load-local.js';
import { loadWorkforce } from './load-workforce.js';

/** What a file is, as the inbox and the upload page tell it: Annex A, a census or return, or a local template. */
export type FileKind = 'annex-a' | 'workforce' | 'cin-census' | `local-${LocalKind}`;

export const FILE_KINDS: readonly { kind: FileKind; label: string }[] = [
  { kind: 'annex-a', label: 'Ofsted Annex A workbook (.xlsx)' },
  { kind: 'workforce', label: "Children's social work workforce census (.xml)" },
  { kind: 'cin-census', label: 'CIN Census return (.xml)' },
  ...LOCAL_KINDS.map((k) => ({ kind: `local-${k}` as FileKind, label: `Local template: ${k} (.csv)` })),
];

export function isFileKind(s: string): s is FileKind {
  return FILE_KINDS.some((k) => k.kind === s);
}

/**
 * The kind of a file dropped in the inbox, from its name: a workbook is Annex A, an XML file
 * the workforce census (or a CIN Census, told apart from its header when loaded), a CSV file a
 * local template named by its first word (`supervision-2026-03-31.csv`). Null when the name
 * does not say.
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
  if (kind === 'cin-census' || (kind === 'workforce' && (await xmlCollection(file)) === 'CIN')) {
    const r = await loadCinCensus(db, common);
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

/** The `<Collection>` an XML return names in its header (CIN, CSWW…), from its first few kilobytes. */
async function xmlCollection(file: string): Promise<string | null> {
  const fh = await open(file, 'r').catch(() => null);
  if (!fh) return null;
  try {
    const head = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const m = /<(?:\w+:)?Collection>\s*([A-Za-z]+)/.exec(head.subarray(0, bytesRead).toString('utf8'));
    return m ? (m[1] as string).toUpperCase() : null;
  } finally {
    await fh.close();
  }
}
