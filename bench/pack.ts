/**
 * The committee pack benchmark: the PDF pack for the 12-month demo authority (the `demo`
 * command's authority: 6,000 children, 12 monthly extracts to 31 October 2026, its workforce
 * census and local files) must take under 10 s, from starting the command to the file written.
 *
 * Prints JSON: the median wall time of the `pack --format pdf` command over three runs in fresh
 * processes, and the in-process phases of one more run (figures and model, HTML, Chromium print).
 * The demo store is built once into bench/.cache/pack-demo (reused when present).
 *
 *   node dist/bench/pack.js
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import { catalogueOf } from '../src/cli/global-options.js';
import { packHtml } from '../src/publish/pack/pack-html.js';
import { buildPack } from '../src/publish/pack/pack.js';
import { renderPdf } from '../src/publish/pack/pdf.js';
import { runningText } from '../src/publish/pack/running-text.js';
import { openStore } from '../src/store/store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'bench', '.cache', 'pack-demo');
const DB = join(DIR, 'demo.duckdb');
const CONFIG = join(ROOT, 'config', 'csc-scorecard.example.yaml');
const CLI = join(ROOT, 'bin', 'csc-scorecard.js');
const AS_AT = '2026-10-31';
const MONTH = AS_AT.slice(0, 7);
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

if (!existsSync(DB)) {
  process.stderr.write(`building the demo authority in ${DIR} (once) …\n`);
  execFileSync(process.execPath, [CLI, 'demo', '--dir', DIR, '--as-at', AS_AT, '--no-serve'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const out = join(DIR, 'pack.pdf');
const wall: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [CLI, '--db', DB, '--config', CONFIG, 'pack', '--month', MONTH, '--format', 'pdf', '--audience', 'public', '--out', out], { stdio: 'ignore' });
  wall.push(performance.now() - t0);
}

// One more run in this process, timed by phase.
const config = loadConfig(CONFIG);
const store = await openStore(DB, { closures: config.closures });
const t0 = performance.now();
const model = await buildPack(store.db, { month: MONTH, audience: 'public', config, measures: catalogueOf(config, CONFIG) });
const t1 = performance.now();
const html = packHtml(model, { marginBoxes: false });
const t2 = performance.now();
const pdf = await renderPdf(html, { running: runningText(model) });
const t3 = performance.now();
await store.close();

process.stdout.write(
  `${JSON.stringify({
    measures: model.measures.size,
    pdfBytes: pdf.length,
    fileBytes: statSync(out).size,
    wallMs: Math.round(median(wall)),
    wallRunsMs: wall.map(Math.round),
    modelMs: Math.round(t1 - t0),
    htmlMs: Math.round(t2 - t1),
    pdfMs: Math.round(t3 - t2),
    targetMs: 10_000,
  })}\n`,
);
