/**
 * Evaluates measures at many month ends over a store holding many extracts, in a fresh process:
 * the 26 core measures at every extract's date, and the full catalogue at the last 13 month
 * ends. Prints JSON with the first (cold) and the best of the following (warm) timings.
 */
import { parseConfig } from '../src/config/config.js';
import { CORE_MEASURES, buildCatalogue } from '../src/measures/catalogue/index.js';
import { evaluateMeasures, resolveAsAt } from '../src/measures/engine.js';
import type { Measure } from '../src/measures/measure.js';
import { listExtracts } from '../src/store/extracts.js';
import { openStore } from '../src/store/store.js';

const [db] = process.argv.slice(2);
if (!db) throw new Error('usage: evaluate-many DB');
const store = await openStore(db);
const extracts = await listExtracts(store.db, 'annex-a');
const dates = extracts.map((e) => e.asAt);

async function time(measures: readonly Measure[], at: string[]): Promise<{ figures: number; coldMs: number; warmMs: number }> {
  const runs: number[] = [];
  let figures = 0;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const { points } = await resolveAsAt(store.db, at);
    figures = (await evaluateMeasures(store.db, points, measures, {}, { population: () => 50_000 })).length;
    runs.push(performance.now() - t0);
  }
  return { figures, coldMs: runs[0] as number, warmMs: Math.min(...runs.slice(1)) };
}

const core = await time(CORE_MEASURES, dates);
const catalogue = buildCatalogue({ standards: parseConfig('', 'bench').standards });
const full = await time(catalogue, dates.slice(-13));
await store.close();
process.stdout.write(
  JSON.stringify({ extracts: extracts.length, dates: dates.length, figures: core.figures, coldMs: core.coldMs, warmMs: core.warmMs, catalogue: catalogue.length, fullDates: Math.min(13, dates.length), fullFigures: full.figures, fullColdMs: full.coldMs, fullWarmMs: full.warmMs }),
);
