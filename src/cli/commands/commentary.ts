import { Command } from 'commander';
import { textTable } from '../../publish/text-table.js';
import { addCommentary, listCommentary, validateCommentary } from '../../scorecard/commentary.js';
import { readCommentaryFile } from '../../scorecard/reference-files.js';
import { THEME_TITLES } from '../../measures/measure.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, withStore } from '../global-options.js';
import type { Io } from '../io.js';

export function commentaryCommand(io: Io): Command {
  const c = new Command('commentary').description('the service\'s commentary beside the figures: area of focus → response → update');
  c.command('add')
    .description('add commentary for a measure (or a theme) and month')
    .option('--measure <id>', 'the measure it speaks to')
    .option('--theme <theme>', `or a whole theme (${Object.keys(THEME_TITLES).join(', ')})`)
    .requiredOption('--month <YYYY-MM>', 'the month it speaks to')
    .option('--focus <text>', 'the area of focus', '')
    .option('--response <text>', "the service's response", '')
    .option('--update <text>', 'the update this month', '')
    .requiredOption('--author <name>', 'who wrote it')
    .option('--date <YYYY-MM-DD>', 'when it was written (default today)')
    .action(async (o: { measure?: string; theme?: string; month: string; focus: string; response: string; update: string; author: string; date?: string }, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const subjects = new Set([...catalogueOf(config).map((m) => m.id), ...Object.keys(THEME_TITLES).map((t) => `theme:${t}`)]);
        const entry = validateCommentary(
          { subject: o.measure ?? (o.theme ? `theme:${o.theme}` : ''), month: o.month, areaOfFocus: o.focus, response: o.response, update: o.update, author: o.author, writtenOn: o.date },
          'commentary',
          subjects,
        );
        await addCommentary(store.db, [entry]);
        io.out(`Added commentary for ${entry.subject}, ${entry.month}`);
      });
    });
  c.command('import')
    .description('add commentary from a CSV, YAML or JSON file (measure or theme, month, area_of_focus, response, update, author, date)')
    .argument('<file>')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      await withStore(cmd, async (store, config) => {
        const entries = await readCommentaryFile(file, catalogueOf(config));
        await addCommentary(store.db, entries);
        io.out(`Added ${entries.length} commentary entr${entries.length === 1 ? 'y' : 'ies'} from ${file}`);
      });
    });
  c.command('list')
    .description('list commentary')
    .option('--month <YYYY-MM>', 'only one month')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action(async (o: { month?: string; format: string }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const rows = await listCommentary(store.db, o.month);
        if (o.format === 'json') io.out(json({ commentary: rows }));
        else io.out(textTable([{ header: 'Month' }, { header: 'Subject' }, { header: 'Focus' }, { header: 'Response' }, { header: 'Update' }, { header: 'Author' }, { header: 'Written' }], rows.map((r) => [r.month, r.subject, r.areaOfFocus, r.response, r.update, r.author, r.writtenOn])));
      });
    });
  return c;
}
