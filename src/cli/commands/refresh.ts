import { resolve } from 'node:path';
import { Command } from 'commander';
import { refreshInbox } from '../../jobs/refresh.js';
import { buildScorecard } from '../../scorecard/scorecard.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';

/**
 * The overnight refresh for cron (when the dashboard is not running; while it runs, it watches
 * the inbox itself): every file in the inbox is checked and loaded, each in its own transaction,
 * and the scorecard recomputed. Exit status 1 when any file was refused, so cron reports it.
 */
export function refreshCommand(io: Io): Command {
  return new Command('refresh')
    .description('load every new file in the inbox folder (each checked and loaded in one transaction), then recompute the scorecard')
    .option('--inbox <dir>', 'the inbox folder (default: web.inbox in the configuration)')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', '\nLoaded files move to INBOX/processed/, refused ones to INBOX/failed/ with the reason in a .reason.txt beside them.')
    .action(async (opts: { inbox?: string; format: string }, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const inbox = opts.inbox ?? config.web.inbox;
        if (!inbox) throw new UserError('no inbox folder: give --inbox DIR, or set web.inbox in the configuration');
        const catalogue = catalogueOf(config, globals(cmd).config);
        const run = await refreshInbox(store.db, {
          inbox: resolve(inbox),
          trigger: 'command',
          loadedBy: 'refresh',
          afterLoad: async () => {
            await buildScorecard(store.db, { config, measures: catalogue, trendPoints: 13 });
          },
        });
        if (opts.format === 'json') io.out(json(run));
        else {
          io.out(`Refresh run ${run.runId}: ${run.status} (${run.files.length} file(s), ${((run.durationMs ?? 0) / 1000).toFixed(1)} s)`);
          for (const f of run.files) {
            io.out(
              f.status === 'loaded'
                ? `  ${f.file}: loaded as extract ${f.extractId}, as at ${f.asAt}, ${f.rows} rows, ${f.findings.error ?? 0} errors, ${f.findings.warning ?? 0} warnings`
                : `  ${f.file}: not loaded (nothing changed): ${f.error}`,
            );
          }
          if (run.message) io.out(`  ${run.message}`);
        }
        if (run.status === 'failed' || run.status === 'partial' || run.message) process.exitCode = 1;
      });
    });
}
