import { Command } from 'commander';
import { type LoadCinResult, loadCinCensus } from '../../jobs/load-cin-census.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

type Opts = { year?: string; asAt?: string; replace?: boolean; by?: string; validate?: boolean; format: string };

/** `load cin-census FILE.xml`: a CIN Census file as an extract (added to `load` by load.ts). */
export function loadCinCensusCommand(io: Io): Command {
  return new Command('cin-census')
    .description('load a DfE CIN Census file (.xml) as an extract, as at 31 March of its collection year, in one transaction')
    .argument('<file>', 'the CIN Census XML file (load the previous year\'s file the same way: it becomes the extract of the year before)')
    .option('--year <YYYY>', "the collection's end year (2025 = April 2024 to March 2025); default: the year the file's header states")
    .option('--as-at <date>', 'the as-at date (YYYY-MM-DD); default: the census reference date, 31 March of the collection year')
    .option('--replace', 'replace an extract of the same file or the same as-at date')
    .option('--by <name>', 'who is loading (recorded with the extract; default: the system user)')
    .option('--validate', "also run the year's DfE rules and keep their findings with the extract (see: csc-scorecard check --extract N)")
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (file: string, opts: Opts, cmd: Command) => {
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new UserError(`--year ${opts.year} is not a year; give the collection's end year, e.g. 2025`);
      await withStore(cmd, async (store) => {
        const r = await loadCinCensus(store.db, {
          file, year: opts.year === undefined ? undefined : Number(opts.year), asAt: opts.asAt, replace: opts.replace, loadedBy: opts.by, validate: opts.validate,
        });
        io.out(opts.format === 'json' ? json(loadJson(r)) : loadText(r));
      });
    });
}

function loadJson(r: LoadCinResult): object {
  return {
    extract: r.extract, asAtBasis: r.asAtBasis, notes: r.notes, year: r.read.year, yearBasis: r.read.yearBasis, children: r.read.children,
    unknownElements: r.read.unknownElements, validation: r.validation && r.validation.rules.filter((x) => x.status !== 'passed'), timings: r.timings,
  };
}

function loadText(r: LoadCinResult): string {
  const e = r.extract;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const out = [`Loaded ${e.fileName} as extract ${e.extractId}, as at ${e.asAt} (${r.asAtBasis === 'given' ? 'given with --as-at' : 'the census reference date'})`];
  for (const n of r.notes) out.push(`  ${n}`);
  out.push(`  CIN Census ${r.read.year} (${r.read.yearBasis === 'given' ? '--year' : "the header's Year"}): ${r.read.children.toLocaleString('en-GB')} children`);
  const c = e.rowCounts;
  out.push(`    ${c.details ?? 0} CINdetails, ${c.assessments ?? 0} assessments, ${c.plans ?? 0} CIN plans, ${c.s47s ?? 0} s47 enquiries, ${c.cpPlans ?? 0} CP plans, ${c.cpReviews ?? 0} CP reviews`);
  const unknown = Object.entries(r.read.unknownElements);
  if (unknown.length) out.push(`    not loaded: ${unknown.map(([k, n]) => `<${k}> (${n})`).join(', ')}`);
  if (r.validation) {
    const failed = r.validation.rules.filter((x) => x.status === 'failed' || x.status === 'failed-to-run');
    out.push(`  DfE rules: ${failed.length} of ${r.validation.rules.filter((x) => x.status !== 'not-applicable').length} found something`);
  }
  const f = e.findingCounts;
  out.push(`  Findings: ${f.error ?? 0} error(s), ${f.warning ?? 0} warning(s); see: csc-scorecard check --extract ${e.extractId}`);
  out.push(`  Took ${s(r.timings.totalMs)} (read and store ${s(r.timings.readMs)}${r.validation ? `, rules ${s(r.timings.rulesMs)}` : ''})`);
  return out.join('\n');
}
