import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { CORE_MEASURES } from '../../measures/catalogue/index.js';
import { scorecardHtml } from '../../publish/scorecard-html.js';
import { scorecardJson } from '../../publish/scorecard-json.js';
import { scorecardText } from '../../publish/scorecard-text.js';
import { writeScorecardXlsx } from '../../publish/scorecard-xlsx.js';
import { buildBundle } from '../../scorecard/bundle.js';
import { buildScorecard } from '../../scorecard/scorecard.js';
import { UserError } from '../../user-error.js';
import { formatOption, json } from '../formats.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';
import { positiveInt } from './generate.js';

interface ScorecardOpts {
  asAt?: string;
  team?: string;
  trend: string;
  core?: boolean;
  format: string;
  out?: string;
  withLists?: boolean;
}

/**
 * Writes beside the target and renames into place, so a reader (or a scheduled job picking
 * the file up) never sees half a workbook; a failed write leaves no file behind.
 */
export async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const target = resolve(file);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
      throw new UserError(`cannot write ${file}: ${code === 'ENOENT' ? 'the folder does not exist' : code === 'EISDIR' ? 'it is a folder' : 'permission denied'}`);
    }
    throw e;
  }
}

export function scorecardCommand(io: Io): Command {
  return new Command('scorecard')
    .description('every measure as at a date, with targets, RAG, trend, previous year, benchmarks and commentary')
    .option('--as-at <date>', 'as-at date D (YYYY-MM-DD); default: the latest extract')
    .option('--team <team>', 'only the rows of this team')
    .option('--trend <n>', 'month ends in the trend, D included', '6')
    .option('--core', 'only the 26 core measures of the contract')
    .addOption(formatOption(['text', 'json', 'html', 'xlsx'], 'text'))
    .option('--out <file>', 'write to this file (required for xlsx; default for the others: standard output)')
    .option('--with-lists', 'xlsx: add one sheet per measure with the rows (children) behind its figure')
    .addHelpText(
      'after',
      '\nhtml is one self-contained page (no scripts or external files; prints on A4 landscape).\n' +
        'xlsx has the scorecard, each theme by team, data quality and, with --with-lists, the rows behind each figure.',
    )
    .action(async (opts: ScorecardOpts, cmd: Command) => {
      if (opts.format === 'xlsx' && !opts.out) throw new UserError('--format xlsx writes a file: give it with --out FILE.xlsx');
      if (opts.withLists && opts.format !== 'xlsx') throw new UserError('--with-lists adds sheets to the workbook: use it with --format xlsx');
      // A bad --out is found before the figures are computed, not after.
      if (opts.out && !existsSync(dirname(resolve(opts.out)))) throw new UserError(`cannot write ${opts.out}: the folder does not exist`);
      if (opts.out && existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new UserError(`cannot write ${opts.out}: it is a folder; give a file name`);
      const trendPoints = positiveInt('--trend', opts.trend, 60);
      await withStore(cmd, async (store, config) => {
        const catalogue = catalogueOf(config, globals(cmd).config);
        const measures = opts.core ? CORE_MEASURES : catalogue;
        const scope = opts.team ? { team: opts.team } : {};
        let output: string;
        if (opts.format === 'text' || opts.format === 'json') {
          const s = await buildScorecard(store.db, { asAt: opts.asAt, scope, config, measures, trendPoints });
          output = opts.format === 'json' ? json(scorecardJson(s)) : scorecardText(s);
        } else {
          const bundle = await buildBundle(store.db, { asAt: opts.asAt, scope, config, measures, trendPoints, withLists: opts.withLists });
          if (opts.format === 'xlsx') {
            const file = opts.out as string;
            await writeAtomically(file, (tmp) => writeScorecardXlsx(bundle, tmp, { definitions: measures }));
            const lists = opts.withLists ? `, with the rows behind ${bundle.lists.size} figures` : '';
            io.out(`Wrote ${file}: scorecard as at ${bundle.scorecard.asAt}, ${bundle.scorecard.measures.length} measures${lists}`);
            return;
          }
          output = scorecardHtml(bundle, { definitions: measures });
        }
        if (opts.out) {
          const text = output.endsWith('\n') ? output : `${output}\n`;
          await writeAtomically(opts.out, (tmp) => writeFile(tmp, text, 'utf8'));
          io.out(`Wrote ${opts.out}`);
        } else {
          io.out(output);
        }
      });
    });
}
