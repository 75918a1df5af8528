import { Command } from 'commander';
import { breakdown, drill } from '../../measures/engine.js';
import type { Measure } from '../../measures/measure.js';
import { toCsv } from '../../publish/csv.js';
import { formatCount, formatValue } from '../../publish/format.js';
import { textTable } from '../../publish/text-table.js';
import { pointFor, populationFrom } from '../../scorecard/scorecard.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, withStore } from '../global-options.js';
import type { Io } from '../io.js';

function measureOrFail(id: string, catalogue: readonly Measure[]): Measure {
  const m = catalogue.find((x) => x.id === id);
  if (!m) {
    const near = catalogue.filter((x) => x.id.startsWith(id.split('_')[0] ?? id)).map((x) => x.id);
    throw new UserError(`no measure "${id}"${near.length ? `; did you mean ${near.slice(0, 6).join(', ')}?` : ''} (csc-scorecard measures lists them all)`);
  }
  return m;
}

export function drillCommand(io: Io): Command {
  return new Command('drill')
    .description('the rows behind a figure: its cohort, which rows are in the numerator and why')
    .argument('<measure>', 'measure id, e.g. assessments_45wd')
    .option('--as-at <date>', 'as-at date D (YYYY-MM-DD); default: the latest extract')
    .option('--team <team>', 'only the rows of this team')
    .option('--numerator-only', 'only the rows in the numerator')
    .addOption(formatOption(['csv', 'json', 'text'], 'csv'))
    .action(async (id: string, opts: { asAt?: string; team?: string; numeratorOnly?: boolean; format: string }, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const m = measureOrFail(id, catalogueOf(config));
        const { point } = await pointFor(store.db, opts.asAt);
        let rows = await drill(store.db, point, m, opts.team ? { team: opts.team } : {});
        if (opts.numeratorOnly) rows = rows.filter((r) => r.in_numerator);
        const keys = ['child_id', 'team', 'worker', 'in_numerator', 'reason', ...m.details.map((d) => d.key), 'sheet', 'row_number'];
        if (opts.format === 'json') {
          io.out(json({ measure: m.id, asAt: point.asAt, extractId: point.extract.extractId, team: opts.team ?? null, rows }));
        } else if (opts.format === 'csv') {
          const header = ['child_id', 'team', 'worker', 'in_numerator', 'reason', ...m.details.map((d) => d.key), 'sheet', 'row'];
          io.out(toCsv(header, rows.map((r) => keys.map((k) => r[k] ?? null))).trimEnd());
        } else {
          const header = ['Child', 'Team', 'Worker', 'In numerator', 'Reason', ...m.details.map((d) => d.label), 'Sheet', 'Row'];
          io.out(textTable(header.map((h) => ({ header: h })), rows.map((r) => keys.map((k) => (r[k] === null || r[k] === undefined ? '' : k === 'in_numerator' ? (r[k] ? 'yes' : 'no') : String(r[k]))))));
        }
      });
    });
}

export function breakdownCommand(io: Io): Command {
  return new Command('breakdown')
    .description('a figure by team or by worker')
    .argument('<measure>', 'measure id')
    .option('--by <what>', 'team or worker', 'team')
    .option('--as-at <date>', 'as-at date D (YYYY-MM-DD); default: the latest extract')
    .option('--team <team>', 'only the rows of this team (with --by worker)')
    .addOption(formatOption(['text', 'json', 'csv'], 'text'))
    .action(async (id: string, opts: { by: string; asAt?: string; team?: string; format: string }, cmd: Command) => {
      if (opts.by !== 'team' && opts.by !== 'worker') throw new UserError(`--by must be team or worker, not "${opts.by}"`);
      await withStore(cmd, async (store, config) => {
        const m = measureOrFail(id, catalogueOf(config));
        const { point } = await pointFor(store.db, opts.asAt);
        const rows = await breakdown(store.db, point, m, opts.by as 'team' | 'worker', opts.team ? { team: opts.team } : {}, {
          population: populationFrom(config),
        });
        if (opts.format === 'json') io.out(json({ measure: m.id, asAt: point.asAt, by: opts.by, rows }));
        else if (opts.format === 'csv') io.out(toCsv([opts.by, 'value', 'numerator', 'denominator'], rows.map((r) => [r.group, r.value, r.numerator, r.denominator])).trimEnd());
        else {
          io.out(`${m.title} as at ${point.asAt}, by ${opts.by}\n` + textTable(
            [{ header: opts.by === 'team' ? 'Team' : 'Worker' }, { header: 'Value', align: 'right' }, { header: 'Num', align: 'right' }, { header: 'Denom', align: 'right' }],
            rows.map((r) => [r.group ?? '(none recorded)', formatValue({ kind: m.kind, value: r.value }), formatCount(r.numerator), formatCount(r.denominator)]),
          ));
        }
      });
    });
}
