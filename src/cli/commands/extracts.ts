import { Command } from 'commander';
import { textTable } from '../../publish/text-table.js';
import { listExtracts } from '../../store/extracts.js';
import { formatOption, json } from '../formats.js';
import { withStore } from '../global-options.js';
import type { Io } from '../io.js';

export function extractsCommand(io: Io): Command {
  return new Command('extracts')
    .description('list the extracts in the store')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (opts: { format: string }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const extracts = await listExtracts(store.db);
        if (opts.format === 'json') {
          io.out(json({ extracts }));
          return;
        }
        if (extracts.length === 0) {
          io.out('No extracts loaded. Load one with: csc-scorecard load annex-a FILE.xlsx --as-at YYYY-MM-DD');
          return;
        }
        io.out(
          textTable(
            [{ header: 'Id', align: 'right' }, { header: 'Source' }, { header: 'As at' }, { header: 'File' }, { header: 'Rows', align: 'right' }, { header: 'Errors', align: 'right' }, { header: 'Warnings', align: 'right' }, { header: 'Loaded' }, { header: 'By' }, { header: 'SHA-256' }],
            extracts.map((e) => [
              String(e.extractId),
              e.source,
              e.asAt,
              e.fileName,
              Object.values(e.rowCounts).reduce((a, b) => a + b, 0).toLocaleString('en-GB'),
              String(e.findingCounts.error ?? 0),
              String(e.findingCounts.warning ?? 0),
              e.loadedAt.replace('T', ' ').slice(0, 19),
              e.loadedBy ?? '',
              e.sha256.slice(0, 12),
            ]),
          ),
        );
      });
    });
}
