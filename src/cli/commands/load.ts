import { Command } from 'commander';
import { type LoadResult, loadAnnexA } from '../../jobs/load-annex-a.js';
import { listByNumber } from '../../model/annex-a-lists.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

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
  return load;
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
  const basis = { given: 'given with --as-at', 'file-name': 'from the file name', title: 'from the title row', 'latest-date': 'the latest date in the file' }[r.asAtBasis];
  const out = [`Loaded ${e.fileName} as extract ${e.extractId}, as at ${e.asAt} (${basis})`];
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
