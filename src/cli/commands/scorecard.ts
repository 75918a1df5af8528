import { Command } from 'commander';
import { scorecardJson } from '../../publish/scorecard-json.js';
import { scorecardText } from '../../publish/scorecard-text.js';
import { buildScorecard } from '../../scorecard/scorecard.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

export function scorecardCommand(io: Io): Command {
  return new Command('scorecard')
    .description('the core measures as at a date')
    .option('--as-at <date>', 'as-at date D (YYYY-MM-DD); default: the latest extract')
    .option('--team <team>', 'only the rows of this team')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts: { asAt?: string; team?: string; format: string }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const s = await buildScorecard(store.db, { asAt: opts.asAt, scope: opts.team ? { team: opts.team } : {} });
        io.out(opts.format === 'json' ? json(scorecardJson(s)) : scorecardText(s));
      });
    });
}
