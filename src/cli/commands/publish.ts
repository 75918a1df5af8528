import { Command } from 'commander';
import { monthEnd } from '../../model/dates.js';
import { textTable } from '../../publish/text-table.js';
import { freezeMonth, publishedMonths } from '../../scorecard/published.js';
import { buildScorecard } from '../../scorecard/scorecard.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';

export function publishCommand(io: Io): Command {
  return new Command('publish')
    .description("freeze a month's figures as published; later recalculations show beside them")
    .option('--month <YYYY-MM>', 'the month to freeze (its figures as at the month end)')
    .option('--replace', 'publish a month again, replacing its frozen figures')
    .option('--by <name>', 'who is publishing')
    .option('--list', 'list the published months instead')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts: { month?: string; replace?: boolean; by?: string; list?: boolean; format: string }, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        if (opts.list) {
          const months = await publishedMonths(store.db);
          if (opts.format === 'json') io.out(json({ published: months }));
          else if (months.length === 0) io.out('No month has been published yet.');
          else io.out(textTable([{ header: 'Month' }, { header: 'Published' }, { header: 'Figures', align: 'right' }], months.map((m) => [m.month, m.publishedAt.replace('T', ' ').slice(0, 19), String(m.figures)])));
          return;
        }
        if (!opts.month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.month)) throw new UserError('give the month to publish as --month YYYY-MM');
        const asAt = monthEnd(`${opts.month}-01`);
        const s = await buildScorecard(store.db, { asAt, config, measures: catalogueOf(config, globals(cmd).config), trendPoints: 1 });
        await freezeMonth(
          store.db,
          opts.month,
          s.measures.map((m) => ({ ...m, coverage: m.coverage.complete })),
          { replace: opts.replace, by: opts.by ?? null },
        );
        const partial = s.measures.filter((m) => !m.coverage.complete).length;
        const message = `Published ${opts.month}: ${s.measures.length} figures as at ${asAt} from extract ${s.extract.extractId} (${s.extract.fileName})${partial ? `; ${partial} cover only part of their period` : ''}`;
        io.out(opts.format === 'json' ? json({ month: opts.month, asAt, figures: s.measures.length, partial, extract: s.extract }) : message);
      });
    });
}
