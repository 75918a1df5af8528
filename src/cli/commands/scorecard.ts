import { Command } from 'commander';
import { CORE_MEASURES } from '../../measures/catalogue/index.js';
import { scorecardJson } from '../../publish/scorecard-json.js';
import { scorecardText } from '../../publish/scorecard-text.js';
import { buildScorecard } from '../../scorecard/scorecard.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';
import { positiveInt } from './generate.js';

export function scorecardCommand(io: Io): Command {
  return new Command('scorecard')
    .description('every measure as at a date, with targets, RAG, trend, previous year, benchmarks and commentary')
    .option('--as-at <date>', 'as-at date D (YYYY-MM-DD); default: the latest extract')
    .option('--team <team>', 'only the rows of this team')
    .option('--trend <n>', 'month ends in the trend, D included', '6')
    .option('--core', 'only the 26 core measures of the contract')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts: { asAt?: string; team?: string; trend: string; core?: boolean; format: string }, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const catalogue = catalogueOf(config, globals(cmd).config);
        const measures = opts.core ? CORE_MEASURES : catalogue;
        const s = await buildScorecard(store.db, {
          asAt: opts.asAt,
          scope: opts.team ? { team: opts.team } : {},
          config,
          measures,
          trendPoints: positiveInt('--trend', opts.trend, 60),
        });
        io.out(opts.format === 'json' ? json(scorecardJson(s)) : scorecardText(s));
      });
    });
}
