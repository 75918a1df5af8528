import { Argument, Command } from 'commander';
import { type LoadResult, loadAnnexA } from '../../jobs/load-annex-a.js';
import { type LoadLocalResult, loadLocal } from '../../jobs/load-local.js';
import { type LoadWorkforceResult, SWE_SECRET_ENV, loadWorkforce } from '../../jobs/load-workforce.js';
import { listByNumber } from '../../model/annex-a-lists.js';
import { type LocalKind, LOCAL_KINDS, localTemplate } from '../../model/local-templates.js';
import { dayToIso } from '../../model/dates.js';
import { CSWW_HEADER_FIELDS, CSWW_LA_FIELDS } from '../../model/workforce-census.js';
import type { AsAtBasis, Extract } from '../../store/extracts.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import { loadCinCensusCommand } from './load-cin-census.js';
import { loadSsda903Command } from './load-ssda903.js';
import type { Io } from '../io.js';

const BASIS_TEXT: Record<AsAtBasis, string> = {
  given: 'given with --as-at',
  'file-name': 'from the file name',
  title: 'from the title row',
  'latest-date': 'the latest date in the file',
  'reference-date': 'the census reference date',
};

type LoadOpts = { asAt?: string; replace?: boolean; by?: string; format: string };

export function loadCommand(io: Io): Command {
  const load = new Command('load').description('load a file into the store as an extract');
  load
    .command('annex-a')
    .description('load an Ofsted Annex A workbook (.xlsx) as an extract, in one transaction')
    .argument('<file>', 'the Annex A workbook')
    .option('--as-at <date>', 'the date the extract was taken (YYYY-MM-DD); optional when the file name or contents make it unambiguous')
    .option('--replace', 'replace an extract of the same file or the same as-at date')
    .option('--by <name>', 'who is loading (recorded with the extract; default: the system user)')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (file: string, opts: { asAt?: string; replace?: boolean; by?: string; format: string }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const result = await loadAnnexA(store.db, { file, asAt: opts.asAt, replace: opts.replace, loadedBy: opts.by });
        io.out(opts.format === 'json' ? json(loadJson(result)) : loadText(result));
      });
    });
  load
    .command('workforce')
    .description("load a DfE Children's Social Work Workforce census file (.xml) as an extract, in one transaction")
    .argument('<file>', 'the census XML file')
    .option('--as-at <date>', 'the as-at date (YYYY-MM-DD); default: the census reference date (30 September)')
    .option('--replace', 'replace an extract of the same file or the same as-at date')
    .option('--by <name>', 'who is loading (recorded with the extract; default: the system user)')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText(
      'after',
      `\nSocial Work England numbers are never stored: each is hashed (HMAC-SHA-256) with the key in $${SWE_SECRET_ENV}\n` +
        '(at least 16 characters; the same key makes the same worker match across stores), or, when it is not set,\n' +
        "with a key the store makes at its first census load and keeps. Dates of birth are kept as their month.",
    )
    .action(async (file: string, opts: LoadOpts, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const result = await loadWorkforce(store.db, { file, asAt: opts.asAt, replace: opts.replace, loadedBy: opts.by });
        io.out(opts.format === 'json' ? json(workforceJson(result)) : workforceText(result));
      });
    });
  load
    .command('local')
    .description('load a local template (.csv) as an extract: supervision, oversight, audits or establishment (layouts: docs/local-templates.md)')
    .addArgument(new Argument('<kind>', 'the template').choices([...LOCAL_KINDS]))
    .argument('<file>', 'the CSV file (comma or semicolon separated, UTF-8 or Excel CSV)')
    .option('--as-at <date>', 'the as-at date (YYYY-MM-DD); default: a date in the file name, else the latest date in the file')
    .option('--replace', 'replace an extract of the same file or the same as-at date')
    .option('--by <name>', 'who is loading (recorded with the extract; default: the system user)')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (kind: LocalKind, file: string, opts: LoadOpts, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const result = await loadLocal(store.db, { kind, file, asAt: opts.asAt, replace: opts.replace, loadedBy: opts.by });
        io.out(opts.format === 'json' ? json(localJson(result)) : localText(result));
      });
    });
  load.addCommand(loadCinCensusCommand(io));
  load.addCommand(loadSsda903Command(io));
  return load;
}

function loadedLine(e: Extract, basis: AsAtBasis, notes: readonly string[]): string[] {
  return [`Loaded ${e.fileName} as extract ${e.extractId}, as at ${e.asAt} (${BASIS_TEXT[basis]})`, ...notes.map((n) => `  ${n}`)];
}

function findingsLine(e: Extract): string {
  const f = e.findingCounts;
  return `  Findings: ${f.error ?? 0} error(s), ${f.warning ?? 0} warning(s), ${f.info ?? 0} note(s); see: csc-scorecard check --extract ${e.extractId}`;
}

/** The census header and the authority's figures by field key (dates as YYYY-MM-DD). */
function censusHeader(r: LoadWorkforceResult): Record<string, string | number | boolean | null> {
  return Object.fromEntries(
    [...CSWW_HEADER_FIELDS, ...CSWW_LA_FIELDS].map((f, i) => {
      const v = r.read.la.values[i] ?? null;
      return [f.key, f.type === 'date' && typeof v === 'number' ? dayToIso(v) : v];
    }),
  );
}

function workforceJson(r: LoadWorkforceResult): object {
  return {
    extract: r.extract,
    asAtBasis: r.asAtBasis,
    notes: r.notes,
    workers: r.read.workers,
    census: censusHeader(r),
    unknownElements: r.read.unknownElements,
    sweKey: r.sweKey,
    timings: r.timings,
  };
}

function workforceText(r: LoadWorkforceResult): string {
  const e = r.extract;
  const out = loadedLine(e, r.asAtBasis, r.notes);
  const h = censusHeader(r);
  const at = (key: string): string => (h[key] === null || h[key] === undefined ? 'unknown' : String(h[key]));
  out.push(`  Workers: ${r.read.workers.toLocaleString('en-GB')} CSWWWorker record(s); LA ${at('lea')}, reference date ${at('reference_date')}`);
  out.push(`  Authority: ${at('vacancies_fte')} vacant FTE; agency ${at('agency_fte')} FTE, ${at('agency_headcount')} worker(s)`);
  const unknown = Object.entries(r.read.unknownElements);
  if (unknown.length) out.push(`  not loaded: ${unknown.map(([k, n]) => `<${k}> (${n})`).join(', ')}`);
  out.push(findingsLine(e));
  out.push(`  Took ${seconds(r.timings.totalMs)} (read and store ${seconds(r.timings.readMs)}, checks ${seconds(r.timings.qualityMs)})`);
  return out.join('\n');
}

function localJson(r: LoadLocalResult): object {
  const c = r.read.columns;
  return {
    extract: r.extract,
    asAtBasis: r.asAtBasis,
    notes: r.notes,
    kind: r.read.kind,
    rows: r.read.rows,
    blankRows: r.read.blankRows,
    headerRow: r.read.headerRow,
    delimiter: r.read.delimiter,
    encoding: r.read.encoding,
    columns: {
      mapped: c.mapped.map((m) => ({ column: m.letter, header: m.header, field: m.column.key, match: m.match })),
      unmapped: c.unmapped.map((u) => ({ column: u.letter, header: u.header, duplicateOf: u.duplicateOf ?? null })),
      missing: c.missing.map((m) => ({ field: m.key, header: m.header, required: m.required ?? false })),
    },
    timings: r.timings,
  };
}

function localText(r: LoadLocalResult): string {
  const e = r.extract;
  const t = localTemplate(r.read.kind);
  const c = r.read.columns;
  const out = loadedLine(e, r.asAtBasis, r.notes);
  const sep = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }[r.read.delimiter];
  out.push(`  ${t.title}: ${r.read.rows.toLocaleString('en-GB')} rows (header on line ${r.read.headerRow}, ${sep}-separated, ${r.read.encoding})`);
  const approx = c.mapped.filter((m) => m.match !== 'exact');
  out.push(`    columns: ${c.mapped.length} of ${t.columns.length} mapped${approx.length ? ` (${approx.length} by a variant spelling)` : ''}`);
  for (const m of approx) out.push(`      ${m.letter} "${m.header}" → ${m.column.header} (${m.match})`);
  if (c.unmapped.length) out.push(`    not loaded: ${c.unmapped.map((u) => `${u.letter} "${u.header}"`).join(', ')}`);
  if (c.missing.length) out.push(`    missing: ${c.missing.map((m) => m.header).join('; ')}`);
  out.push(findingsLine(e));
  out.push(`  Took ${seconds(r.timings.totalMs)} (read and store ${seconds(r.timings.readMs)}, checks ${seconds(r.timings.qualityMs)})`);
  return out.join('\n');
}

function loadJson(r: LoadResult): object {
  return {
    extract: r.extract,
    asAtBasis: r.asAtBasis,
    notes: r.notes,
    sheets: r.read.sheets.map((s) => ({
      sheet: s.sheet,
      list: s.list,
      headerRow: s.headerRow,
      rows: s.dataRows,
      blankRows: s.blankRows,
      note: s.note,
      columns: s.columns && {
        mapped: s.columns.mapped.map((m) => ({ column: m.letter, header: m.header, field: m.column.key, match: m.match })),
        unmapped: s.columns.unmapped.map((u) => ({ column: u.letter, header: u.header, duplicateOf: u.duplicateOf ?? null })),
        missing: s.columns.missing.map((c) => ({ field: c.key, header: c.header, required: c.required ?? false })),
      },
    })),
    timings: r.timings,
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function loadText(r: LoadResult): string {
  const e = r.extract;
  const out = [`Loaded ${e.fileName} as extract ${e.extractId}, as at ${e.asAt} (${BASIS_TEXT[r.asAtBasis]})`];
  for (const n of r.notes) out.push(`  ${n}`);
  for (const s of r.read.sheets) {
    if (s.list === null) {
      out.push(`  Sheet "${s.sheet}": ${s.note}`);
      continue;
    }
    const l = listByNumber(s.list);
    const c = s.columns;
    out.push(`  List ${l.number} ${l.title}: ${s.dataRows.toLocaleString('en-GB')} rows from sheet "${s.sheet}" (header row ${s.headerRow})`);
    if (c) {
      const approx = c.mapped.filter((m) => m.match !== 'exact');
      out.push(`    columns: ${c.mapped.length} of ${l.columns.length} mapped${approx.length ? ` (${approx.length} by a variant spelling)` : ''}`);
      for (const m of approx) out.push(`      ${m.letter} "${m.header}" → ${m.column.header} (${m.match})`);
      if (c.unmapped.length) out.push(`    not loaded: ${c.unmapped.map((u) => `${u.letter} "${u.header}"`).join(', ')}`);
      if (c.missing.length) out.push(`    missing: ${c.missing.map((m) => m.header).join('; ')}`);
    }
  }
  const f = e.findingCounts;
  out.push(`  Findings: ${f.error ?? 0} error(s), ${f.warning ?? 0} warning(s), ${f.info ?? 0} note(s); see: csc-scorecard check --extract ${e.extractId}`);
  const t = r.timings;
  out.push(`  Took ${seconds(t.totalMs)} (read ${seconds(t.readMs)}, store ${seconds(t.storeMs)}, checks ${seconds(t.qualityMs)})`);
  return out.join('\n');
}
