/**
 * SSDA903 validation speed: a generated return of 5 000, 20 000 and 50 000 children (about two
 * episodes each, every table), validated from its CSV files with every rule of the year, alone
 * and with last year's return, each in a fresh process (its wall time and peak memory).
 *
 *   node dist/bench/returns-ssda903.js            runs them all and prints a Markdown table (and JSON)
 *   node dist/bench/returns-ssda903.js --child DIR YEAR [PREVDIR]   one validation, prints JSON
 *
 * Targets: 50 000 children in < 5 s and < 1 GB; with last year's return < 8 s. Time must grow
 * linearly with children. Returns are generated once into bench/.cache/ssda903-N (reused).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSsda903 } from '../src/quality/ssda903/validate.js';
import { generateSsda903, writeSsda903Csv } from '../src/synthetic/ssda903/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'bench', '.cache');
const YEAR = 2025;
const SIZES = (process.env.BENCH_SSDA903_SIZES ?? '5000,20000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function csvFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort().map((f) => join(dir, f));
}

/** One validation in this process: read, every rule, and what it found. */
async function runChild(dir: string, year: number, prevDir: string | undefined): Promise<void> {
  const t0 = performance.now();
  const v = await validateSsda903(await csvFiles(dir), { year, previous: prevDir ? await csvFiles(prevDir) : undefined });
  const ms = performance.now() - t0;
  const t = v.current.data.tables;
  process.stdout.write(
    JSON.stringify({
      ms,
      readMs: v.timings.readMs,
      rulesMs: v.timings.rulesMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      children: t.Header.length,
      episodes: t.Episodes.length,
      rows: Object.values(t).reduce((n, x) => n + x.length, 0),
      rules: v.result.rules.filter((r) => r.status !== 'not-applicable').length,
      findings: v.result.findings.length,
    }),
  );
}

/** The generated return of `n` children (and last year's), written once. */
async function ensureReturn(n: number): Promise<{ dir: string; prev: string }> {
  const dir = join(CACHE, `ssda903-${n}`);
  const prev = join(dir, 'previous');
  if (!existsSync(join(dir, 'done'))) {
    await rm(dir, { recursive: true, force: true });
    process.stderr.write(`generating an SSDA903 return of ${n.toLocaleString('en-GB')} children in ${dir} …\n`);
    const g = generateSsda903({ children: n, year: YEAR, seed: 7 });
    await writeSsda903Csv(g.current, dir);
    await writeSsda903Csv(g.previous, prev);
    await writeFile(join(dir, 'done'), '');
  }
  return { dir, prev };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

type Run = Record<string, number>;

function measure(args: string[]): Run {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
    runs.push({ ...(JSON.parse(out) as Run), wallMs: performance.now() - t0 });
  }
  return Object.fromEntries(Object.keys(runs[0] as Run).map((k) => [k, median(runs.map((r) => r[k] as number))]));
}

if (process.argv[2] === '--child') {
  await runChild(process.argv[3] as string, Number(process.argv[4]), process.argv[5]);
} else {
  const results: { n: number; alone: Run; withPrevious: Run }[] = [];
  for (const n of SIZES) {
    const { dir, prev } = await ensureReturn(n);
    results.push({ n, alone: measure([dir, String(YEAR)]), withPrevious: measure([dir, String(YEAR), prev]) });
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const lines = [
    `## SSDA903 validation (${YEAR} rules, from CSV files; median of ${RUNS} fresh processes)`,
    '',
    '| Children | Episodes | Rows | Rules run | Wall | Read | Rules | Peak RSS | With last year: wall | Peak RSS |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) =>
      [
        '', r.alone.children?.toLocaleString('en-GB'), r.alone.episodes?.toLocaleString('en-GB'), r.alone.rows?.toLocaleString('en-GB'), r.alone.rules,
        s(r.alone.wallMs as number), s(r.alone.readMs as number), s(r.alone.rulesMs as number), `${(r.alone.maxRssMb as number).toFixed(0)} MB`,
        s(r.withPrevious.wallMs as number), `${(r.withPrevious.maxRssMb as number).toFixed(0)} MB`, '',
      ].join(' | ').trim(),
    ),
    '',
    `Targets: 50 000 children < 5 s and < 1 GB alone, < 8 s with last year's return. Growth: each step's extra wall time per extra 1 000 children ` +
      `(a constant means linear: a fixed start-up cost plus a cost per child): ` +
      results.slice(1).map((r, i) => {
        const prev = results[i] as (typeof results)[number];
        const slope = (((r.alone.wallMs as number) - (prev.alone.wallMs as number)) / ((r.alone.children as number) - (prev.alone.children as number))) * 1000;
        return `${prev.n.toLocaleString('en-GB')} → ${r.n.toLocaleString('en-GB')}: ${slope.toFixed(0)} ms`;
      }).join('; ') + '.',
  ];
  process.stdout.write(`${lines.join('\n')}\n\n${JSON.stringify(results, null, 2)}\n`);
}
