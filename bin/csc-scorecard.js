#!/usr/bin/env node
// The command-line entry: runs the compiled program (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('csc-scorecard: not built yet; run `npm install` (or `npm run build`) in the project folder first\n');
  process.exit(1);
}
await import(main.href);
