/**
 * Evaluates every core measure at many month ends over a store holding many extracts, in a
 * fresh process. Prints JSON: the first (cold) and the best of the following (warm) timings.
 */
import { CORE_MEASURES } from '../src/measures/catalogue/index.js';
import { evaluateMeasures, resolveAsAt } from '../src/measures/engine.js';
import { listExtracts } from '../src/store/extracts.js';
import { openStore } from '../src/store/store.js';

const [db] = process.argv.slice(2);
if (!db) throw new Error('usage: evaluate-many DB');
const store = await openStore(db);
const extracts = await listExtracts(store.db, 'annex-a');
const dates = extracts.map((e) => e.asAt);
const runs: number[] = [];
let figures = 0;
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  const { points } = await resolveAsAt(store.db, dates);
  const values = await evaluateMeasures(store.db, points, CORE_MEASURES);
  runs.push(performance.now() - t0);
  figures = values.length;
}
await store.close();
process.stdout.write(JSON.stringify({ extracts: extracts.length, dates: dates.length, figures, coldMs: runs[0], warmMs: Math.min(...runs.slice(1)) }));
