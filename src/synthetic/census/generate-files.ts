import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '../../model/dates.js';
import { LOCAL_KINDS, type LocalKind } from '../../model/local-templates.js';
import { simulateAuthority } from '../authority.js';
import type { Authority, SimulationOptions } from '../model.js';
import { type InjectedError, generateCsww } from './csww.js';
import { DEFAULT_WINDOW_MONTHS, generateLocalFile, localHistory } from './local.js';

export interface WorkforceFilesOptions extends SimulationOptions {
  readonly outDir: string;
  /** Months of records in each local file, back from its as-at date (default 12). */
  readonly windowMonths?: number;
  /** Share of records given one labelled error each (0: clean files). Labels go to injected-errors.json. */
  readonly inject?: number;
  /** Which files (default: the census and every local template). */
  readonly census?: boolean;
  readonly local?: readonly LocalKind[];
}

export interface WorkforceFile {
  readonly path: string;
  /** `workforce` or the local template's kind. */
  readonly kind: 'workforce' | LocalKind;
  readonly asAt: IsoDate;
  readonly rows: number;
  readonly injected: InjectedError[];
}

export interface WorkforceFilesResult {
  readonly authority: string;
  readonly files: WorkforceFile[];
}

/**
 * Writes the workforce files of the invented authority that `generate` writes Annex A workbooks
 * for (same children, as-at, months and seed → same authority): one census at the latest
 * 30 September (`csww-YYYY-09-30.xml`) and, for each month end, one CSV per local template
 * (`supervision-YYYY-MM-DD.csv`…), each holding the records of the months before it.
 */
export async function generateWorkforceFiles(o: WorkforceFilesOptions, authority?: Authority): Promise<WorkforceFilesResult> {
  const a = authority ?? simulateAuthority({ children: o.children, asAt: o.asAt, months: o.months, seed: o.seed });
  await mkdir(o.outDir, { recursive: true });
  const files: WorkforceFile[] = [];
  if (o.census !== false) {
    const c = generateCsww(a, { inject: o.inject });
    const path = join(o.outDir, `csww-${c.referenceDate}.xml`);
    await writeFile(path, c.xml);
    files.push({ path, kind: 'workforce', asAt: c.referenceDate, rows: c.workers, injected: c.injected });
  }
  const kinds = o.local ?? LOCAL_KINDS;
  if (kinds.length) {
    const windowMonths = o.windowMonths ?? DEFAULT_WINDOW_MONTHS;
    const history = localHistory(a, { windowMonths });
    for (const asAt of a.asAts) {
      for (const kind of kinds) {
        const f = generateLocalFile(history, kind, asAt, { windowMonths, inject: o.inject, seed: o.seed });
        const path = join(o.outDir, `${kind}-${asAt}.csv`);
        await writeFile(path, f.csv);
        files.push({ path, kind, asAt, rows: f.rows, injected: f.injected });
      }
    }
  }
  if (o.inject && o.inject > 0) {
    const labels = files.flatMap((f) => f.injected.map((e) => ({ file: f.path.split(/[\\/]/).pop(), ...e })));
    await writeFile(join(o.outDir, 'injected-errors.json'), `${JSON.stringify(labels, null, 2)}\n`);
  }
  return { authority: a.name, files };
}
