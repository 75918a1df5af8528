import { Command } from 'commander';
import { PERIOD_LABELS } from '../../measures/periods.js';
import { measuresMarkdown } from '../../publish/measures-markdown.js';
import { textTable } from '../../publish/text-table.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, configOf, globals } from '../global-options.js';
import type { Io } from '../io.js';

export function measuresCommand(io: Io): Command {
  return new Command('measures')
    .description('the measure catalogue with definitions')
    .addOption(formatOption(['text', 'json', 'markdown'], 'text'))
    .action((opts: { format: string }, cmd: Command) => {
      const catalogue = catalogueOf(configOf(cmd), globals(cmd).config);
      if (opts.format === 'markdown') io.out(measuresMarkdown(catalogue));
      else if (opts.format === 'json') io.out(json(catalogue.map(({ cohortSql: _sql, ...m }) => m)));
      else {
        io.out(
          textTable(
            [{ header: 'Id' }, { header: 'Measure' }, { header: 'Period' }, { header: 'Kind' }, { header: 'Polarity' }],
            catalogue.map((m) => [m.id, m.title, PERIOD_LABELS[m.period], m.kind, m.polarity]),
          ),
        );
      }
    });
}
