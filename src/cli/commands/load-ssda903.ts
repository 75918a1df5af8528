import { Command } from 'commander';
import { type LoadSsda903Result, loadSsda903 } from '../../jobs/load-ssda903.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

type Opts = { year?: string; previous?: string[]; replace?: boolean; by?: string; validate?: boolean; format: string };

/** `load ssda903 FILES… --year YYYY`: a year's SSDA903 return as an extract (added to `load` by load.ts). */
export function loadSsda903Command(io: Io): Command {
  return new Command('ssda903')
    .description("load a year's SSDA903 return (its CSV tables, any file names, or one XML file) as an extract, as at 31 March of the collection year, in one transaction")
    .argument('<files...>', 'the CSV files of the tables (recognised by their headers), or one XML file')
    .requiredOption('--year <YYYY>', "the collection's end year (2025 = April 2024 to March 2025)")
    .option('--previous <files...>', "last year's files: loaded as the extract of the year before (unless already loaded) and compared with by --validate")
    .option('--replace', 'replace an extract of the same files or the same collection year')
    .option('--by <name>', 'who is loading (recorded with the extract; default: the system user)')
    .option('--validate', "also run the year's DfE rules and keep their findings with the extract (see: csc-scorecard check --extract N)")
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (files: string[], opts: Opts, cmd: Command) => {
      if (!/^\d{4}$/.test(opts.year ?? '')) throw new UserError(`--year ${opts.year} is not a year; give the collection's end year, e.g. 2025`);
      await withStore(cmd, async (store) => {
        const r = await loadSsda903(store.db, { files, year: Number(opts.year), previous: opts.previous, replace: opts.replace, loadedBy: opts.by, validate: opts.validate });
        io.out(opts.format === 'json' ? json(loadJson(r)) : loadText(r));
      });
    });
}

function loadJson(r: LoadSsda903Result): object {
  return {
    extract: r.extract, previousExtract: r.previousExtract, notes: r.notes, files: r.read.files,
    fileFindings: r.read.findings.map((f) => ({ file: f.sheet, rule: f.rule, severity: f.severity, row: f.row, column: f.column, value: f.value, message: f.message })),
    validation: r.validation && r.validation.rules.filter((x) => x.status !== 'passed'), timings: r.timings,
  };
}

function loadText(r: LoadSsda903Result): string {
  const e = r.extract;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const out = [`Loaded ${e.fileName} as extract ${e.extractId}, as at ${e.asAt}`];
  for (const n of r.notes) out.push(`  ${n}`);
  for (const f of r.read.files) {
    out.push(`  ${f.file}: ${f.tables.length ? f.tables.map((t) => `${t.table} (${t.rows.toLocaleString('en-GB')} rows${t.match === 'partial' ? ', columns missing or extra' : ''})`).join(', ') : 'not read'}`);
  }
  for (const f of r.read.findings.filter((x) => x.severity !== 'info')) out.push(`    ${f.severity}: ${f.sheet}: ${f.message}`);
  if (r.validation) {
    const failed = r.validation.rules.filter((x) => x.status === 'failed' || x.status === 'failed-to-run');
    out.push(`  DfE rules: ${failed.length} of ${r.validation.rules.filter((x) => x.status !== 'not-applicable').length} found something`);
  }
  const f = e.findingCounts;
  out.push(`  Findings: ${f.error ?? 0} error(s), ${f.warning ?? 0} warning(s); see: csc-scorecard check --extract ${e.extractId}`);
  out.push(`  Took ${s(r.timings.totalMs)} (read and store ${s(r.timings.readMs)}${r.validation ? `, rules ${s(r.timings.rulesMs)}` : ''})`);
  return out.join('\n');
}
