/**
 * CIN Census speed: validate (read + every DfE rule of the year) and load (read + store) a
 * generated return of 5 000, 20 000 and 50 000 children, each run in a fresh Node process that
 * reports its time and peak memory (max RSS). Target: 50 000 children in < 5 s and < 500 MB,
 * time growing linearly with the number of children. Files are generated once into
 * bench/.cache (reused when present). Run from the project root after `npm run build`:
 *
 *   node dist/bench/returns-cin.js            (or BENCH_CIN_SIZES=5000,50000 …)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCinCensus } from '../src/jobs/load-cin-census.js';
import { validateCinCensus } from '../src/quality/cin-census/validate.js';
import { openStore } from '../src/store/store.js';
import { cinHeader, generateCinChildren } from '../src/synthetic/cin-census/generate.js';
import { writeCinCensusXml } from '../src/synthetic/cin-census/write-xml.js';

const YEAR = 2025;
const SELF = fileURLToPath(import.meta.url);
const CACHE = join(process.cwd(), 'bench', '.cache');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_CIN_SIZES ?? '5000,20000,50000').split(',').map(Number);

type Row = Record<string, number>;

async function runChild(): Promise<void> {
  const [, , , mode, file, db] = process.argv;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let out: Row;
  if (mode === 'validate') {
    const v = await validateCinCensus(file as string);
    out = { children: v.read.children, findings: v.result.findings.length, readMs: v.timings.readMs, rulesMs: v.timings.rulesMs };
  } else {
    const store = await openStore(db as string);
    const r = await loadCinCensus(store.db, { file: file as string, loadedBy: 'bench' });
    await store.close();
    out = { children: r.read.children, readMs: r.timings.readMs };
  }
  out.totalMs = performance.now() - t0;
  out.maxRssMb = process.resourceUsage().maxRSS / 1024;
  // CPU time (user + system) stays meaningful when other processes share the machine.
  const cpu = process.cpuUsage();
  out.cpuMs = (cpu.user + cpu.system) / 1000;
  const work = process.cpuUsage(cpu0);
  out.workCpuMs = (work.user + work.system) / 1000;
  process.stdout.write(JSON.stringify(out));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function measure(args: string[]): Row {
  const t0 = performance.now();
  const out = JSON.parse(execFileSync(process.execPath, [SELF, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 })) as Row;
  out.wallMs = performance.now() - t0;
  return out;
}

async function ensureFile(children: number): Promise<string> {
  await mkdir(CACHE, { recursive: true });
  const file = join(CACHE, `cin-census-${YEAR}-${children}.xml`);
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file} …\n`);
    await writeCinCensusXml(file, cinHeader(YEAR), generateCinChildren({ children, year: YEAR, seed: 17 }), YEAR);
  }
  return file;
}

async function main(): Promise<void> {
  const rows: { children: number; mb: number; validate: Row; load: Row }[] = [];
  for (const n of SIZES) {
    const file = await ensureFile(n);
    const mb = (await stat(file)).size / 2 ** 20;
    const pick = (runs: Row[]) => Object.fromEntries(Object.keys(runs[0] as Row).map((k) => [k, median(runs.map((r) => r[k] as number))])) as Row;
    const v: Row[] = [];
    const l: Row[] = [];
    for (let i = 0; i < RUNS; i++) {
      v.push(measure(['validate', file]));
      const db = join(CACHE, `cin-load-${n}.duckdb`);
      await rm(db, { force: true });
      await rm(`${db}.wal`, { force: true });
      l.push(measure(['load', file, db]));
      await rm(db, { force: true });
    }
    rows.push({ children: n, mb, validate: pick(v), load: pick(l) });
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const first = rows[0];
  const lines = [
    `CIN Census ${YEAR}, median of ${RUNS} runs, each in a fresh process (wall and CPU time include starting Node):`,
    '',
    '| Children | File | Validate: wall | CPU | read | rules | peak RSS | Findings | Load: wall | CPU | read + store | peak RSS | Validate CPU per 1 000 children (read + rules) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| ${r.children.toLocaleString('en-GB')} | ${r.mb.toFixed(1)} MB | ${s(r.validate.wallMs as number)} | ${s(r.validate.cpuMs as number)} | ${s(r.validate.readMs as number)} | ${s(r.validate.rulesMs as number)} | ` +
      `${(r.validate.maxRssMb as number).toFixed(0)} MB | ${r.validate.findings} | ${s(r.load.wallMs as number)} | ${s(r.load.cpuMs as number)} | ${s(r.load.readMs as number)} | ${(r.load.maxRssMb as number).toFixed(0)} MB | ` +
      `${((r.validate.workCpuMs as number) / r.children * 1000).toFixed(0)} ms |`),
    '',
    first ? `Growth from ${first.children.toLocaleString('en-GB')} children: ${rows.map((r) => `${(r.children / first.children).toFixed(0)}× children → ${((r.validate.workCpuMs as number) / (first.validate.workCpuMs as number)).toFixed(1)}× CPU time`).join('; ')} (validate: read + rules, without starting Node).` : '',
  ];
  process.stdout.write(`${lines.join('\n')}\n\n${JSON.stringify(rows)}\n`);
}

if (process.argv[2] === '--child') await runChild();
else await main();
