import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IsoDate } from '../model/dates.js';
import { extractDates, simulateAuthority } from './authority.js';
import { type GeneratedFile, writeExtracts } from './extract-files.js';
import type { WorkerTask } from './generate-worker.js';
import type { SimulationOptions } from './model.js';
import type { MessOptions } from './mess.js';

export type { GeneratedFile } from './extract-files.js';

export interface GenerateOptions extends SimulationOptions {
  readonly outDir: string;
  readonly mess: MessOptions;
  /** Threads writing workbooks at once (default: the machine's cores, at most 4; 1 = none). */
  readonly threads?: number;
}

export interface GenerateResult {
  readonly authority: string;
  readonly files: GeneratedFile[];
}

/** The compiled worker (absent when the sources run untranspiled, e.g. under vitest: then serial). */
const WORKER = new URL('./generate-worker.js', import.meta.url);

/**
 * Invents an authority and writes one Annex A workbook per month end (`annex-a-YYYY-MM-DD.xlsx`
 * in `outDir`, created if need be), the last at `asAt`. Every workbook is an extract of the
 * same history, so children, ids and events agree from month to month. Several months are
 * written in parallel by worker threads when the compiled worker is available; each file's
 * content depends only on the options and its date, so the result is the same either way.
 */
export async function generateAnnexA(o: GenerateOptions): Promise<GenerateResult> {
  const options: SimulationOptions = { children: o.children, asAt: o.asAt, months: o.months, seed: o.seed };
  const authority = simulateAuthority(options);
  await mkdir(o.outDir, { recursive: true });
  const asAts = extractDates(o.asAt, o.months);
  const threads = Math.max(1, Math.min(o.threads ?? Math.min(availableParallelism(), 4), asAts.length));
  if (threads === 1 || !existsSync(fileURLToPath(WORKER))) {
    return { authority: authority.name, files: await writeExtracts(authority, asAts, o.outDir, o.mess) };
  }
  // Round-robin shares; this thread writes the first share while the workers write the rest.
  const shares: IsoDate[][] = Array.from({ length: threads }, () => []);
  asAts.forEach((d, i) => (shares[i % threads] as IsoDate[]).push(d));
  const [mine, ...theirs] = shares as [IsoDate[], ...IsoDate[][]];
  const results = await Promise.all([
    writeExtracts(authority, mine, o.outDir, o.mess),
    ...theirs.map((share) => inWorker({ options, asAts: share, outDir: o.outDir, mess: o.mess })),
  ]);
  const files = results.flat().sort((a, b) => (a.asAt < b.asAt ? -1 : a.asAt > b.asAt ? 1 : 0));
  return { authority: authority.name, files };
}

function inWorker(task: WorkerTask): Promise<GeneratedFile[]> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(WORKER, { workerData: task });
    let result: GeneratedFile[] | null = null;
    worker.once('message', (files: GeneratedFile[]) => {
      result = files;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolvePromise(result);
      else reject(new Error(`workbook writer thread stopped (exit code ${code}) before finishing`));
    });
  });
}
