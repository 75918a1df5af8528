/**
 * The dashboard under load: `node dist/bench/web.js STORE` (run by `npm run bench`, which
 * passes the 20 000-child store with 24 extracts). A copy of the store gets 50 users (25
 * analysts, 25 managers of different teams); the dashboard runs in its own process (as
 * `csc-scorecard serve` does); all 50 sign in through the sign-in form; then autocannon, on
 * loopback, keeps 50 connections busy (one per user, each with its own session) on the
 * scorecard page, then on a drill-down page, and every response's time is recorded. Prints JSON.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/store/store.js';
import { hashPassword } from '../src/web/auth/passwords.js';
import { addUser } from '../src/web/auth/user-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USERS = 50;
const PASSWORD = 'bench-password-not-secret';
const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 15);
const SCORECARD = '/scorecard';
const DRILL = process.env.BENCH_WEB_DRILL ?? '/measures/cin_open/drill?sort=worker&dir=asc&page=2';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  // BENCH_WEB_NODE_ARGS: flags for the server's Node, e.g. --cpu-prof to see where its time goes.
  const nodeArgs = process.env.BENCH_WEB_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin', 'csc-scorecard.js'), '--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/The dashboard is at (http:\/\/[^/\s]+)\//);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve stopped (${code}): ${out}`)));
  });
  return { url, child };
}

/** Signs in through the form, as a browser does; returns the session cookie. */
async function signIn(url: string, username: string): Promise<string> {
  const form = await fetch(`${url}/sign-in`);
  const anon = form.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const res = await fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: anon, 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ _csrf: csrf, username, password: PASSWORD, next: '/scorecard' }).toString(),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-csc-session='))?.split(';')[0];
  if (res.status !== 303 || !cookie) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return cookie;
}

interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  bytesPerResponse: number;
}

async function load(url: string, path: string, cookies: string[]): Promise<LoadResult> {
  const times: number[] = [];
  let next = 0;
  const instance = autocannon({
    url: `${url}${path}`,
    connections: USERS,
    duration: DURATION_S,
    // One user per connection: 50 people, each with their own session, each browser taking
    // compressed pages as every browser does.
    setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length] as string, 'accept-encoding': 'gzip, deflate, br' }),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => void times.push(responseTime));
  const r = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? Number.NaN,
    rps: r.requests.average,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

async function timed(url: string, path: string, cookie: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${url}${path}`, { headers: { cookie, 'accept-encoding': 'gzip' } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return performance.now() - t0;
}

const source = process.argv[2];
if (!source) throw new Error('usage: node dist/bench/web.js STORE.duckdb');
const dir = await mkdtemp(join(tmpdir(), 'csc-bench-web-'));
const db = join(dir, 'bench.duckdb');
await copyFile(source, db);
const store = await openStore(db);
const teams = await store.db.all<{ team: string }>(
  `SELECT team FROM annex_a_cin WHERE team IS NOT NULL AND extract_id = (SELECT max(extract_id) FROM extracts) GROUP BY team ORDER BY team`,
);
const hash = await hashPassword(PASSWORD);
for (let i = 0; i < USERS; i++) {
  const manager = i % 2 === 1;
  await addUser(store.db, { username: `bench-${i}`, role: manager ? 'manager' : 'analyst', teams: manager ? [teams[i % teams.length]?.team ?? 'Team'] : [], passwordHash: hash });
}
await store.close();

const { url, child } = await startServe(db);
try {
  const s0 = performance.now();
  const cookies: string[] = [];
  for (let i = 0; i < USERS; i++) cookies.push(await signIn(url, `bench-${i}`));
  const signInMs = performance.now() - s0;
  // The first request of the day: the scorecard is computed (the server starts computing it at once).
  const scorecardFirstMs = await timed(url, SCORECARD, cookies[0] as string);
  const drillFirstMs = await timed(url, DRILL, cookies[0] as string);
  // Every user's first visit (each manager's list is their own), before the timed runs.
  for (const c of cookies) {
    await timed(url, SCORECARD, c);
    await timed(url, DRILL, c);
  }
  const scorecard = await load(url, SCORECARD, cookies);
  const drill = await load(url, DRILL, cookies);
  process.stdout.write(JSON.stringify({ users: USERS, durationS: DURATION_S, signInMs, scorecardFirstMs, drillFirstMs, drillPath: DRILL, scorecard, drill }));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(dir, { recursive: true, force: true });
}
