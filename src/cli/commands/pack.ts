import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { AUDIENCES, type Audience } from '../../config/pack-config.js';
import { CORE_MEASURES } from '../../measures/catalogue/index.js';
import { PACK_FORMATS, type PackFormat, buildPack, renderPack, templateKind } from '../../publish/pack/pack.js';
import { UserError } from '../../user-error.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';
import { writeAtomically } from './scorecard.js';

interface PackOpts {
  month?: string;
  format: PackFormat;
  audience?: Audience;
  template?: string;
  out?: string;
  core?: boolean;
  focus?: string;
  committee?: string;
  meetingDate?: string;
  title?: string;
  author?: string;
  classification?: string;
}

/** `csc-scorecard pack`: the committee pack (cover report, summary, themes, appendices) as PDF, Word or HTML. */
export function packCommand(io: Io): Command {
  return new Command('pack')
    .description("the committee pack for a month: cover report, executive summary, a section per theme with charts and commentary, and the full scorecard, as tagged PDF, Word or HTML")
    .option('--month <YYYY-MM>', 'the month the pack reports (its figures as at the month end)')
    .addOption(new Option('--format <format>', 'output format').choices([...PACK_FORMATS]).default('pdf'))
    .addOption(new Option('--audience <audience>', "who reads it (default: the configuration's pack.audience, else public)").choices([...AUDIENCES]))
    .option('--template <file>', "docx: the council's Word template (.docx or .dotx), whose styles are used; html and pdf: a .css file added to the pack's styles")
    .option('--out <file>', 'the file to write')
    .option('--core', 'only the 26 core measures of the contract')
    .option('--focus <ids>', 'measures to chart, comma-separated (default: the red measures and the biggest movers)')
    .option('--committee <name>', 'the committee or board the report goes to')
    .option('--meeting-date <date>', 'the meeting date (YYYY-MM-DD)')
    .option('--title <title>', "the report's title")
    .option('--author <author>', 'who the report is from (a role, usually)')
    .option('--classification <marking>', 'the protective marking on every page (OFFICIAL, OFFICIAL-SENSITIVE)')
    .addHelpText(
      'after',
      '\nAudiences: public and scrutiny packs give figures for the whole authority only; board packs add breakdowns by team.\n' +
        'Every audience has counts of 1 to 4 shown as <5 (with secondary suppression); no pack lists children or workers.\n' +
        "The PDF is printed by Debian's chromium package (sudo apt-get install chromium); html and docx need no browser.",
    )
    .action(async (opts: PackOpts, cmd: Command) => {
      if (!opts.month) throw new UserError('give the month the pack reports as --month YYYY-MM');
      if (!opts.out) throw new UserError(`give the file to write as --out FILE.${opts.format}`);
      if (!existsSync(dirname(resolve(opts.out)))) throw new UserError(`cannot write ${opts.out}: the folder does not exist`);
      if (existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new UserError(`cannot write ${opts.out}: it is a folder; give a file name`);
      if (opts.template) {
        templateKind(opts.format, opts.template);
        if (!existsSync(opts.template)) throw new UserError(`--template ${opts.template}: file not found`);
      }
      const out = opts.out;
      await withStore(cmd, async (store, config) => {
        const catalogue = catalogueOf(config, globals(cmd).config);
        const audience = opts.audience ?? config.pack.audience ?? 'public';
        const focus = opts.focus ? opts.focus.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
        const unknown = (focus ?? config.pack.focus ?? []).filter((id) => !catalogue.some((m) => m.id === id));
        if (unknown.length) throw new UserError(`${focus ? '--focus' : 'pack.focus'}: not a measure id: ${unknown.join(', ')} (see csc-scorecard measures)`);
        const t0 = performance.now();
        const model = await buildPack(store.db, {
          month: opts.month as string,
          audience,
          config,
          measures: opts.core ? CORE_MEASURES : catalogue,
          focus,
          overrides: { committee: opts.committee, meetingDate: opts.meetingDate, title: opts.title, author: opts.author, classification: opts.classification },
        });
        const bytes = await renderPack(model, opts.format, opts.template);
        await writeAtomically(out, (tmp) => writeFile(tmp, bytes));
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        io.out(
          `Wrote ${out}: ${opts.format} pack for the ${model.meta.committee} (${audience}), figures as at ${model.asAt}, ${model.measures.size} measures, ${model.focus.length} in focus, ${model.red.length} red (${seconds} s)`,
        );
      });
    });
}
