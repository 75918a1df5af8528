import { Command } from 'commander';
import { RULE_SECTIONS } from '../../quality/catalogue.js';
import { qualityReport } from '../../quality/report.js';
import { qualityText } from '../../publish/quality-text.js';
import { rulesMarkdown } from '../../publish/rules-markdown.js';
import { textTable } from '../../publish/text-table.js';
import { pointFor, summariseExtract } from '../../scorecard/scorecard.js';
import { extractById } from '../../store/extracts.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';
import type { Severity } from '../../quality/rule.js';

export function checkCommand(io: Io): Command {
  return new Command('check')
    .description('data-quality findings of an extract, by list, rule and column (an Annex A dry run)')
    .option('--as-at <date>', 'the extract current at this date (default: the latest)')
    .option('--extract <id>', 'a loaded extract by its number (see: csc-scorecard extracts)')
    .option('--child <id>', "only one child's findings")
    .option('--severity <level>', 'error, warning or info (the least severe to show)', 'info')
    .option('--examples <n>', 'examples to show per rule and column', '3')
    .option('--rules', 'list the rules instead of checking an extract')
    .option('--strict', 'exit with status 1 when there is any error finding')
    .addOption(formatOption(['text', 'json', 'markdown'], 'text'))
    .action(async (opts: { asAt?: string; extract?: string; child?: string; severity: string; examples: string; rules?: boolean; strict?: boolean; format: string }, cmd: Command) => {
      if (opts.rules) {
        if (opts.format === 'markdown') io.out(rulesMarkdown(RULE_SECTIONS));
        else if (opts.format === 'json') {
          io.out(json({ sources: RULE_SECTIONS.map((s) => ({ source: s.source, title: s.title, read: s.read, rules: s.rules.map((r) => ({ id: r.id, severity: r.severity, title: r.title, fields: r.fields })) })) }));
        } else {
          io.out(
            textTable(
              [{ header: 'Source' }, { header: 'Rule' }, { header: 'Severity' }, { header: 'What it finds' }],
              RULE_SECTIONS.flatMap((s) => [...s.read, ...s.rules].map((r) => [s.source, r.id, r.severity, r.title])),
            ),
          );
        }
        return;
      }
      if (!['error', 'warning', 'info'].includes(opts.severity)) throw new UserError(`--severity must be error, warning or info, not "${opts.severity}"`);
      const examples = Number(opts.examples);
      if (!Number.isInteger(examples) || examples < 0) throw new UserError(`--examples must be a whole number, not "${opts.examples}"`);
      await withStore(cmd, async (store) => {
        let extract;
        if (opts.extract !== undefined) {
          const id = Number(opts.extract);
          extract = Number.isInteger(id) ? await extractById(store.db, id) : null;
          if (!extract) throw new UserError(`no extract ${opts.extract}; see: csc-scorecard extracts`);
        } else extract = (await pointFor(store.db, opts.asAt)).point.extract;
        const report = await qualityReport(store.db, extract.extractId, {
          examples,
          childId: opts.child,
          minSeverity: opts.severity as Severity,
        });
        const summary = summariseExtract(extract);
        if (opts.format === 'json') io.out(json({ extract: summary, ...report }));
        else io.out(qualityText(report, summary));
        if (opts.strict && report.totals.error > 0) process.exitCode = 1;
      });
    });
}
