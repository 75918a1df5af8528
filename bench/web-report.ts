/** The web benchmark's section of bench/RESULTS.md, from what bench/web.ts prints. */
interface LoadFigures {
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

interface WebBench {
  users: number;
  durationS: number;
  signInMs: number;
  scorecardFirstMs: number;
  drillFirstMs: number;
  drillPath: string;
  scorecard: LoadFigures;
  drill: LoadFigures;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

function row(name: string, f: LoadFigures): string {
  return `| **${name}** | ${ms(f.p50)} | **${ms(f.p95)}** | ${ms(f.p99)} | ${f.rps.toFixed(0)} | ${f.requests.toLocaleString('en-GB')} | ${f.errors + f.non2xx} | ${(f.bytesPerResponse / 1024).toFixed(0)} KB |`;
}

export function webSection(raw: unknown, children: number, extracts: number): string {
  const w = raw as WebBench;
  return `## 4. The web dashboard: ${w.users} signed-in users at once

The ${children.toLocaleString('en-GB')}-child store with ${extracts} extracts, served by \`csc-scorecard serve\` in its own process; ${w.users} users
(half analysts, half managers of different teams) sign in through the sign-in form (${(w.signInMs / 1000).toFixed(1)} s for all, argon2id);
then autocannon on loopback keeps ${w.users} connections busy for ${w.durationS} s on each page, one user (and session) per connection.
Every response's time is recorded. The server computes the latest scorecard as it starts and after every load (the full
catalogue over 14 dates: see section 3), so the first request after the sign-ins found it ready (${ms(w.scorecardFirstMs)}); the first
drill-down, its list computed then, took ${ms(w.drillFirstMs)}. Pages go gzipped, as to any browser.

| Page | p50 | p95 | p99 | Requests/s | Requests | Errors | Size |
|---|---|---|---|---|---|---|---|
${row('Scorecard', w.scorecard)}
${row(`Drill-down (\`${w.drillPath}\`)`, w.drill)}

Target: p95 under 100 ms on both pages, no error.
`;
}
