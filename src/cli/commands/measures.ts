import { Command } from 'commander';
import { CORE_MEASURES } from '../../measures/catalogue/index.js';
import { measuresMarkdown } from '../../publish/measures-markdown.js';
import { textTable } from '../../publish/text-table.js';
import { formatOption, json } from '../formats.js';
import type { Io } from '../io.js';

export function measuresCommand(io: Io): Command {
  return new Command('measures')
    .description('the measure catalogue with definitions')
    .addOption(formatOption(['text', 'json', 'markdown'], 'text'))
    .action((opts: { format: string }) => {
      if (opts.format === 'markdown') io.out(measuresMarkdown(CORE_MEASURES));
      else if (opts.format === 'json') io.out(json(CORE_MEASURES.map(({ cohortSql: _sql, ...m }) => m)));
      else io.out(textTable([{ header: 'Id' }, { header: 'Measure' }, { header: 'Kind' }, { header: 'Polarity' }], CORE_MEASURES.map((m) => [m.id, m.title, m.kind, m.polarity])));
    });
}
