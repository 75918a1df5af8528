import { Command } from 'commander';
import { isIsoDate } from '../../model/dates.js';
import { generateAnnexA } from '../../synthetic/generate.js';
import { messPreset } from '../../synthetic/mess.js';
import { UserError } from '../../user-error.js';
import type { Io } from '../io.js';

export function positiveInt(name: string, value: string, max = 10_000_000): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError(`${name} must be a whole number from 1 to ${max.toLocaleString('en-GB')}, not "${value}"`);
  return n;
}

export function generateCommand(io: Io): Command {
  return new Command('generate')
    .description('write synthetic Annex A workbooks for an invented authority (never real data)')
    .requiredOption('--children <n>', 'children in each extract (about five rows each)')
    .requiredOption('--as-at <date>', 'as-at date of the last extract (YYYY-MM-DD, normally a month end)')
    .option('--months <m>', 'one workbook per month end, the last at --as-at', '1')
    .option('--seed <s>', 'random seed: the same seed gives the same authority', '1')
    .option('--mess <level>', 'real-world mess: none, typical or all', 'typical')
    .requiredOption('--out <dir>', 'folder to write the workbooks to')
    .action(async (opts: { children: string; asAt: string; months: string; seed: string; mess: string; out: string }) => {
      if (!isIsoDate(opts.asAt)) throw new UserError(`--as-at ${opts.asAt} is not a date; give it as YYYY-MM-DD`);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new UserError(`--seed must be a whole number, not "${opts.seed}"`);
      const started = performance.now();
      const result = await generateAnnexA({
        children: positiveInt('--children', opts.children, 1_000_000),
        asAt: opts.asAt,
        months: positiveInt('--months', opts.months, 120),
        seed,
        outDir: opts.out,
        mess: messPreset(opts.mess),
      });
      for (const f of result.files) {
        const rows = Object.values(f.rowsByList).reduce((a, b) => a + b, 0);
        io.out(`${f.path}  as at ${f.asAt}  ${rows.toLocaleString('en-GB')} rows`);
      }
      io.out(`Wrote ${result.files.length} workbook(s) for ${result.authority} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
}
