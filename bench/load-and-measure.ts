/**
 * One benchmark run in a fresh process: load one workbook into a new store, then evaluate every
 * core measure at its as-at date. Prints JSON timings and the process's peak memory.
 */
import { loadAnnexA } from '../src/jobs/load-annex-a.js';
import { CORE_MEASURES } from '../src/measures/catalogue/index.js';
import { evaluateMeasures, resolveAsAt } from '../src/measures/engine.js';
import { openStore } from '../src/store/store.js';

const [file, db, asAt] = process.argv.slice(2);
if (!file || !db || !asAt) throw new Error('usage: load-and-measure FILE DB AS_AT');

const t0 = performance.now();
const store = await openStore(db);
const opened = performance.now();
const load = await loadAnnexA(store.db, { file, asAt, loadedBy: 'bench' });
const loaded = performance.now();
const { points } = await resolveAsAt(store.db, [asAt]);
const values = await evaluateMeasures(store.db, points, CORE_MEASURES);
const measured = performance.now();
await store.close();
const rows = Object.values(load.extract.rowCounts).reduce((a, b) => a + b, 0);
process.stdout.write(
  JSON.stringify({
    rows,
    measures: values.length,
    openMs: opened - t0,
    hashMs: load.timings.hashMs,
    readMs: load.timings.readMs,
    storeMs: load.timings.storeMs,
    qualityMs: load.timings.qualityMs,
    loadMs: loaded - opened,
    measureMs: measured - loaded,
    totalMs: measured - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
