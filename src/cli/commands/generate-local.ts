import { Command } from 'commander';
import { isIsoDate } from '../../model/dates.js';
import { LOCAL_KINDS, type LocalKind, isLocalKind } from '../../model/local-templates.js';
import { generateWorkforceFiles } from '../../synthetic/census/index.js';
import { UserError } from '../../user-error.js';
import type { Io } from '../io.js';
import { positiveInt } from './generate.js';

/**
 * `csc-scorecard generate-local`: the workforce census and local-template files of the invented
 * authority `generate` writes Annex A workbooks for (give both the same --children, --as-at,
 * --months and --seed).
 */
export function generateLocalCommand(io: Io): Command {
  return new Command('generate-local')
    .description('write synthetic workforce files (a CSWW census XML and the local template CSVs) for the invented authority of `generate` (never real data)')
    .requiredOption('--children <n>', 'children in each extract, as given to generate')
    .requiredOption('--as-at <date>', 'as-at date of the last extract (YYYY-MM-DD), as given to generate')
    .option('--months <m>', 'one set of local files per month end, the last at --as-at', '1')
    .option('--seed <s>', 'random seed, as given to generate', '1')
    .option('--window <m>', 'months of records each local file holds, back from its as-at date', '12')
    .option('--only <kinds>', `comma-separated: workforce (the census), ${LOCAL_KINDS.join(', ')} (default: all)`)
    .option('--errors <share>', 'give this share of records (0 to 1) one labelled error each, listed in injected-errors.json (for tests)')
    .requiredOption('--out <dir>', 'folder to write the files to')
    .action(async (opts: { children: string; asAt: string; months: string; seed: string; window: string; only?: string; errors?: string; out: string }) => {
      if (!isIsoDate(opts.asAt)) throw new UserError(`--as-at ${opts.asAt} is not a date; give it as YYYY-MM-DD`);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new UserError(`--seed must be a whole number, not "${opts.seed}"`);
      const inject = opts.errors === undefined ? 0 : Number(opts.errors);
      if (!Number.isFinite(inject) || inject < 0 || inject > 1) throw new UserError(`--errors must be a share from 0 to 1, not "${opts.errors}"`);
      const only = opts.only?.split(',').map((s) => s.trim()).filter(Boolean);
      for (const k of only ?? []) {
        if (k !== 'workforce' && !isLocalKind(k)) throw new UserError(`--only: "${k}" is not workforce, ${LOCAL_KINDS.join(', ')}`);
      }
      const started = performance.now();
      const result = await generateWorkforceFiles({
        children: positiveInt('--children', opts.children, 1_000_000),
        asAt: opts.asAt,
        months: positiveInt('--months', opts.months, 120),
        seed,
        outDir: opts.out,
        windowMonths: positiveInt('--window', opts.window, 120),
        inject,
        census: !only || only.includes('workforce'),
        local: only ? (only.filter(isLocalKind) as LocalKind[]) : LOCAL_KINDS,
      });
      for (const f of result.files) {
        const errors = f.injected.length ? `, ${f.injected.length} labelled error(s)` : '';
        io.out(`${f.path}  as at ${f.asAt}  ${f.rows.toLocaleString('en-GB')} ${f.kind === 'workforce' ? 'workers' : 'rows'}${errors}`);
      }
      io.out(`Wrote ${result.files.length} file(s) for ${result.authority} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
}
