import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadAnnexA } from '../../jobs/load-annex-a.js';
import { loadLocal } from '../../jobs/load-local.js';
import { loadWorkforce } from '../../jobs/load-workforce.js';
import { isLocalKind } from '../../model/local-templates.js';
import { generateWorkforceFiles } from '../../synthetic/census/index.js';
import { monthEnd, todayIso, addMonths } from '../../model/dates.js';
import { scorecardText } from '../../publish/scorecard-text.js';
import { buildScorecard } from '../../scorecard/scorecard.js';
import { qualityReport } from '../../quality/report.js';
import { generateAnnexA } from '../../synthetic/generate.js';
import { messPreset } from '../../synthetic/mess.js';
import { loadConfig } from '../../config/config.js';
import { bundledFile } from '../../paths.js';
import { addCommentary } from '../../scorecard/commentary.js';
import { freezeMonth } from '../../scorecard/published.js';
import { loadBenchmarksFile } from '../../scorecard/reference-files.js';
import { addDemoUsers } from '../../web/auth/demo-users.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';
import { positiveInt } from './generate.js';
import { portOption, serveUntilStopped } from './serve.js';

export const DEMO_DIR = 'csc-scorecard-demo';

/**
 * The README's main job: invent a mid-sized authority, write twelve monthly Annex A
 * workbooks for it, load them as extracts, and print the latest scorecard.
 */
export function demoCommand(io: Io): Command {
  return new Command('demo')
    .description('generate 12 monthly extracts for a mid-sized synthetic authority, load them and print the scorecard')
    .option('--children <n>', 'children in each extract', '6000')
    .option('--months <m>', 'monthly extracts to generate and load', '12')
    .option('--as-at <date>', 'the last month end (default: the end of last month)')
    .option('--seed <s>', 'random seed', '2026')
    .option('--dir <dir>', 'folder for the generated workbooks and, unless --db is given, the demo store', DEMO_DIR)
    .option('--port <n>', 'port of the dashboard (0: any free port)', '3000')
    .option('--host <address>', 'address the dashboard listens on', '127.0.0.1')
    .option('--serve', 'start the dashboard after printing the scorecard (the default in a terminal)')
    .option('--no-serve', 'stop after printing the scorecard, without starting the dashboard (the default when not run from a terminal)')
    .action(async (opts: { children: string; months: string; asAt?: string; seed: string; dir: string; port: string; host: string; serve?: boolean }, cmd: Command) => {
      const children = positiveInt('--children', opts.children, 1_000_000);
      const port = portOption(opts.port);
      const months = positiveInt('--months', opts.months, 60);
      const asAt = opts.asAt ?? monthEnd(addMonths(todayIso(), -1));
      const files = join(opts.dir, 'annex-a');
      const dbFile = globals(cmd).db ?? process.env.CSC_SCORECARD_DB ?? join(opts.dir, 'demo.duckdb');
      // The demo's own targets, standards and population, unless the user gives a configuration.
      const configFile = globals(cmd).config ?? bundledFile('config', 'csc-scorecard.example.yaml');
      const config = loadConfig(configFile);
      const catalogue = catalogueOf(config, configFile);
      // The demo always starts from nothing, so re-running it gives the same store.
      await rm(files, { recursive: true, force: true });
      if (!globals(cmd).db && !process.env.CSC_SCORECARD_DB) {
        await rm(dbFile, { force: true });
        await rm(`${dbFile}.wal`, { force: true });
      }
      await mkdir(files, { recursive: true });

      const t0 = performance.now();
      io.out(`Generating ${months} monthly Annex A workbooks (about ${children.toLocaleString('en-GB')} children each) in ${files} …`);
      const generated = await generateAnnexA({ children, months, asAt, seed: Number(opts.seed), outDir: files, mess: messPreset('typical') });
      const staffFiles = join(opts.dir, 'workforce');
      await rm(staffFiles, { recursive: true, force: true });
      const staff = await generateWorkforceFiles({ children, months, asAt, seed: Number(opts.seed), outDir: staffFiles });
      io.out(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s for ${generated.authority}, with its workforce census and local supervision, oversight, audit and establishment files in ${staffFiles}`);

      await withStore(
        cmd,
        async (store) => {
          io.out(`Loading them into ${dbFile} …`);
          for (const f of generated.files) {
            const r = await loadAnnexA(store.db, { file: f.path, asAt: f.asAt, replace: true, loadedBy: 'demo' });
            const rows = Object.values(r.extract.rowCounts).reduce((a, b) => a + b, 0);
            io.out(`  extract ${r.extract.extractId}: as at ${r.extract.asAt}, ${rows.toLocaleString('en-GB')} rows, ${r.extract.findingCounts.error ?? 0} errors, ${r.extract.findingCounts.warning ?? 0} warnings (${(r.timings.totalMs / 1000).toFixed(2)} s)`);
          }
          const s0 = performance.now();
          for (const f of staff.files) {
            if (f.kind === 'workforce') await loadWorkforce(store.db, { file: f.path, replace: true, loadedBy: 'demo' });
            else if (isLocalKind(f.kind)) await loadLocal(store.db, { kind: f.kind, file: f.path, asAt: f.asAt, replace: true, loadedBy: 'demo' });
          }
          io.out(`  loaded the workforce census and ${staff.files.length - 1} local files (${((performance.now() - s0) / 1000).toFixed(1)} s)`);
          await loadBenchmarksFile(store.db, bundledFile('config', 'example-benchmarks.csv'), catalogue);
          const first = await buildScorecard(store.db, { config, measures: catalogue, trendPoints: 1 });
          // Commentary as a service would write it for the figures off target (invented for the demo).
          const month = first.asAt.slice(0, 7);
          await addCommentary(
            store.db,
            first.measures
              .filter((m) => m.rag === 'red' || m.rag === 'amber')
              .map((m) => ({
                subject: m.id,
                month,
                areaOfFocus: `${m.title}: ${m.rag === 'red' ? 'worse than the minimum target' : 'between the minimum and upper targets'}`,
                response: 'Team managers review the cases behind the figure weekly; the head of service tracks progress at performance clinic.',
                update: 'Demo commentary: the cases behind this figure have been allocated for review this month.',
                author: 'Demo head of service',
                writtenOn: first.asAt,
              })),
          );
          await freezeMonth(store.db, month, first.measures.map((m) => ({ ...m, coverage: m.coverage.complete })), { replace: true, by: 'demo' });
          const scorecard = await buildScorecard(store.db, { config, measures: catalogue });
          const quality = await qualityReport(store.db, scorecard.extract.extractId, { examples: 0 });
          io.out('');
          io.out(scorecardText(scorecard));
          io.out('');
          io.out(`Data quality of the latest extract: ${quality.totals.error} errors, ${quality.totals.warning} warnings.`);
          io.out('');
          io.out('Explore further:');
          io.out(`  npx csc-scorecard --db ${dbFile} check                                  # the Annex A dry run`);
          io.out(`  npx csc-scorecard --db ${dbFile} drill assessments_45wd --format text   # the children behind a figure`);
          io.out(`  npx csc-scorecard --db ${dbFile} breakdown caseload_mean --by team      # a figure by team`);
          io.out(`  npx csc-scorecard --db ${dbFile} scorecard --as-at ${generated.files[0]?.asAt ?? asAt}             # an earlier month`);

          // The web dashboard, with one demo account per role (passwords new on every run).
          const signIns = await addDemoUsers(store.db);
          const accounts = [
            'Demo sign-ins (synthetic data; passwords made for this run only):',
            ...signIns.map((u) => `  ${u.role.padEnd(8)} user name ${u.username.padEnd(13)} password ${u.password}${u.teams.length ? `   (sees children of ${u.teams.join(', ')} only)` : u.role === 'viewer' ? '   (figures only, small numbers suppressed)' : ''}`),
          ];
          io.out('');
          // A person at a terminal gets the dashboard; a script or a test (no terminal) is not
          // left waiting on a server it did not ask for.
          const serve = opts.serve ?? process.stdin.isTTY === true;
          if (!serve) {
            io.out(`The dashboard: npx csc-scorecard --db ${dbFile} --config ${configFile} serve`);
            for (const line of accounts) io.out(line);
            return;
          }
          await serveUntilStopped(io, store, config, catalogue, { port, host: opts.host, inbox: config.web.inbox ?? null }, (url) => [
            `The dashboard is running at ${url}/ (open it in a browser; Ctrl+C stops it)`,
            ...accounts,
          ]);
        },
        dbFile,
        config,
      );
    });
}
