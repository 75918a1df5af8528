import type { Command } from 'commander';
import { SSDA903_YEARS } from '../../model/ssda903.js';
import type { Finding } from '../../sources/annex-a/finding.js';
import type { ReturnFinding, RuleOutcome, ValidationResult } from '../../quality/returns/return-rule.js';
import { ssda903RulesMarkdown } from '../../quality/ssda903/docs.js';
import { allSsda903Rules, byCode, ssda903Rules } from '../../quality/ssda903/layers.js';
import { validateSsda903 } from '../../quality/ssda903/validate.js';
import { textTable } from '../../publish/text-table.js';
import { UserError } from '../../user-error.js';
import { json } from '../formats.js';
import type { Io } from '../io.js';
import { addReturnCommand } from './validate.js';

/** The file problems (unknown table, missing column, dates not dd/mm/yyyy…) as the pseudo-rule READ, so every format shows them. */
export const READ_CODE = 'READ';
const READ_MESSAGE = 'The files could not all be read as the tables of the return (unknown table, missing column, dates not dd/mm/yyyy, unreadable file…).';

/**
 * `validate ssda903 FILES… --year YYYY [--previous FILES…] [--la CODE]`: validates a year's
 * return straight from its files, without the store. Problems with the files themselves come
 * first, as rule READ.
 */
export function addSsda903Validate(validate: Command, io: Io): Command {
  const cmd: Command = addReturnCommand(validate, io, {
    name: 'ssda903',
    description: "validate a year's SSDA903 return (its CSV tables, any file names, or one XML file) against the DfE rules of its collection year",
    files: 'FILES...',
    help:
      'The tables are recognised by their column headers. --year is required (the files do not say it).\n' +
      'JSON: {"rules": [{"code", "message", "kind", "status", "count"}], "findings": [{"code", "child", "table", "row", "fields", "values"}]};\n' +
      "a finding's row is its 1-based data row in the CSV file (the child's position in an XML file). Rules: docs/ssda903-rules.md (or --rules).",
    run: async (files, year) => {
      if (year === undefined) throw new UserError('give the collection year with --year YYYY (2025 = April 2024 to March 2025): the files do not say it');
      const opts = cmd.opts<{ previous?: string[]; la?: string }>();
      const v = await validateSsda903(files, { year, previous: opts.previous, la: opts.la ?? null });
      const result = withReadProblems(v.result, [...v.current.findings, ...(v.previous?.findings ?? [])]);
      const notes = [
        ...v.current.files.map((f) => `${f.file}: ${f.tables.length ? f.tables.map((t) => `${t.table}, ${t.rows.toLocaleString('en-GB')} rows`).join('; ') : 'not read'}`),
        ...(v.previous ? [`last year: ${v.previous.files.map((f) => `${f.file} (${f.tables.map((t) => t.table).join(', ') || 'not read'})`).join(', ')}`] : ['no last-year files given: the rules comparing years are not applicable']),
        ...(opts.la ? [`local authority ${opts.la}`] : []),
      ];
      return { result, meta: { returnName: 'SSDA903', file: files.length === 1 ? (files[0] as string) : `${files.length} files`, year, notes } };
    },
    rules: (format) => {
      if (format === 'markdown') return ssda903RulesMarkdown();
      const rules = allSsda903Rules().map((r) => ({ code: r.code, years: SSDA903_YEARS.filter((y) => ssda903Rules(y).includes(r)), message: r.message, tables: r.tables, fields: r.fields }));
      rules.sort((a, b) => byCode(a.code, b.code) || (a.years[0] ?? 0) - (b.years[0] ?? 0));
      if (format === 'json') return json({ rules });
      return textTable([{ header: 'Code' }, { header: 'Years' }, { header: 'Message' }], rules.map((r) => [r.code, r.years.join(' '), r.message]));
    },
  });
  cmd.option('--previous <files...>', "last year's files, for the rules that compare years").option('--la <code>', "the submitting authority's code (kept with the result)");
  return cmd;
}

/** Reader problems (errors and warnings) as findings of the pseudo-rule READ, at the top of the rules. */
export function withReadProblems(result: ValidationResult, problems: readonly Finding[]): ValidationResult {
  const shown = problems.filter((p) => p.severity !== 'info');
  const findings: (ReturnFinding & { message: string })[] = shown.map((p) => ({
    code: READ_CODE,
    child: p.childId,
    table: p.sheet ?? 'file',
    row: p.row,
    fields: p.column ? [p.column] : [],
    values: { problem: `${p.severity}: ${p.message}`, ...(p.value !== null ? { value: p.value } : {}) },
    message: READ_MESSAGE,
  }));
  const outcome: RuleOutcome = { code: READ_CODE, message: READ_MESSAGE, kind: 'error', status: findings.length ? 'failed' : 'passed', count: findings.length };
  return { rules: [outcome, ...result.rules], findings: [...findings, ...result.findings] };
}
