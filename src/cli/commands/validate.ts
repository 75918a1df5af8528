import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { cinRulesMarkdown } from '../../quality/cin-census/docs.js';
import { cinRuleCatalogue } from '../../quality/cin-census/index.js';
import { validateCinCensus } from '../../quality/cin-census/validate.js';
import { VALIDATION_FORMATS, type ValidationMeta, validationCsv, validationJson, validationText, validationXlsx } from '../../quality/returns/output.js';
import type { ValidationResult } from '../../quality/returns/return-rule.js';
import { textTable } from '../../publish/text-table.js';
import { UserError } from '../../user-error.js';
import { json } from '../formats.js';
import type { Io } from '../io.js';
import { addSsda903Validate } from './validate-ssda903.js';

/** What a return's validator gives the command: the result and how to title it. */
export interface ReturnValidation {
  readonly result: ValidationResult;
  readonly meta: ValidationMeta;
}

interface ValidateOpts {
  year?: string;
  format: string;
  out?: string;
  strict?: boolean;
  rules?: boolean;
}

/**
 * Adds one return's subcommand to `validate` with the options every return shares: --year,
 * --format text|json|csv|xlsx, --out, --strict. `run` reads and validates the files given.
 * (SSDA903 adds itself the same way: `addReturnCommand(validate, { name: 'ssda903', … })`.)
 */
export function addReturnCommand(
  group: Command,
  io: Io,
  spec: {
    readonly name: string;
    readonly description: string;
    readonly files: string;
    readonly help?: string;
    readonly run: (files: string[], year: number | undefined) => Promise<ReturnValidation>;
    /** `--rules`: lists the return's rules instead (text, json, markdown). */
    readonly rules?: (format: string) => string;
  },
): Command {
  const cmd = group
    .command(spec.name)
    .description(spec.description)
    .argument(`[${spec.files}]`, 'the file(s) to validate')
    .option('--year <YYYY>', "the collection's end year (2025 = April 2024 to March 2025); default: the year the file states")
    .addOption(new Option('--format <format>', 'output format (markdown: with --rules)').choices([...VALIDATION_FORMATS, 'markdown']).default('text'))
    .option('--out <file>', 'write to this file (required for xlsx; default for the others: standard output)')
    .option('--strict', 'exit with status 1 when there is any error (queries do not count)')
    .option('--rules', 'list the rules of every collection year instead of validating a file');
  if (spec.help) cmd.addHelpText('after', `\n${spec.help}`);
  cmd.action(async (files: string[] | string | undefined, opts: ValidateOpts) => {
    const list = (Array.isArray(files) ? files : files ? [files] : []).filter(Boolean);
    if (opts.rules) {
      if (!spec.rules) throw new UserError(`validate ${spec.name} cannot list its rules`);
      if (opts.format === 'csv' || opts.format === 'xlsx') throw new UserError('--rules is written as text, json or markdown');
      await emit(io, opts.out, spec.rules(opts.format));
      return;
    }
    if (list.length === 0) throw new UserError(`give the file to validate: csc-scorecard validate ${spec.name} ${spec.files}`);
    if (opts.format === 'markdown') throw new UserError('--format markdown is for --rules; a validation is written as text, json, csv or xlsx');
    if (opts.format === 'xlsx' && !opts.out) throw new UserError('--format xlsx writes a file: give it with --out FILE.xlsx');
    const year = opts.year === undefined ? undefined : parseYear(opts.year);
    const { result, meta } = await spec.run(list, year);
    if (opts.format === 'xlsx') {
      await writeFile(opts.out as string, await validationXlsx(result, meta));
      io.out(`Wrote ${opts.out}`);
    } else {
      const text = opts.format === 'json' ? json(validationJson(result)) : opts.format === 'csv' ? validationCsv(result) : validationText(result, meta);
      await emit(io, opts.out, text);
    }
    const errorCodes = new Set(result.rules.filter((r) => r.kind === 'error').map((r) => r.code));
    const errors = result.findings.some((f) => errorCodes.has(f.code));
    // A rule that failed to run leaves the return unchecked in part: never a success.
    if (result.rules.some((r) => r.status === 'failed-to-run') || (opts.strict && errors)) process.exitCode = 1;
  });
  return cmd;
}

async function emit(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out) {
    await writeFile(out, text.endsWith('\n') ? text : `${text}\n`);
    io.out(`Wrote ${out}`);
  } else io.out(text);
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UserError(`--year ${text} is not a year; give the collection's end year, e.g. 2025 for April 2024 to March 2025`);
  return Number(text);
}

export function validateCommand(io: Io): Command {
  const validate = new Command('validate').description('validate a DfE statutory return (CIN Census, SSDA903) against the DfE rules of its collection year');
  addReturnCommand(validate, io, {
    name: 'cin-census',
    description: 'validate a CIN Census file (.xml) against the DfE rules of its collection year',
    files: 'FILE.xml',
    help:
      'JSON: {"rules": [{"code", "message", "kind", "status", "count"}], "findings": [{"code", "child", "table", "row", "fields", "values"}]};\n' +
      "a finding's row is the child's position in the file. Rules: docs/cin-census-rules.md (or --rules).",
    run: async (files, year) => {
      if (files.length > 1) throw new UserError('validate cin-census takes one file (the census is one XML file)');
      // A file that cannot be read as a census throws CinCensusFileError, a UserError: its message is printed.
      const v = await validateCinCensus(files[0] as string, { year });
      const notes = [
        `read as ${v.read.year} (${v.read.yearBasis === 'given' ? 'given with --year' : "the header's Year"}); ${v.read.children.toLocaleString('en-GB')} children`,
        ...Object.entries(v.read.unknownElements).map(([path, n]) => `not part of the schema, not read: <${path}> (${n})`),
      ];
      return { result: v.result, meta: { returnName: 'CIN Census', file: v.read.file, year: v.read.year, notes } };
    },
    rules: (format) => {
      const rules = cinRuleCatalogue();
      if (format === 'markdown') return cinRulesMarkdown();
      if (format === 'json') return json({ rules });
      return textTable(
        [{ header: 'Code' }, { header: 'Kind' }, { header: 'Years' }, { header: 'Message' }],
        rules.map((r) => [r.code, r.kind, r.years.join(' '), r.message]),
      );
    },
  });
  addSsda903Validate(validate, io);
  return validate;
}
