import { parentPort, workerData } from 'node:worker_threads';
import type { IsoDate } from '../model/dates.js';
import { simulateAuthority } from './authority.js';
import { writeExtracts } from './extract-files.js';
import type { SimulationOptions } from './model.js';
import type { MessOptions } from './mess.js';

/**
 * A worker thread of generateAnnexA: it simulates the same authority again (the simulation is
 * deterministic, so it is the same history) and writes its share of the monthly extracts.
 */
export interface WorkerTask {
  readonly options: SimulationOptions;
  readonly asAts: readonly IsoDate[];
  readonly outDir: string;
  readonly mess: MessOptions;
}

const task = workerData as WorkerTask;
const files = await writeExtracts(simulateAuthority(task.options), task.asAts, task.outDir, task.mess);
parentPort?.postMessage(files);
