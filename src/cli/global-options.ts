import type { Command } from 'commander';
import { type Config, loadConfig } from '../config/config.js';
import { buildCatalogue } from '../measures/catalogue/index.js';
import type { Measure } from '../measures/measure.js';
import { validateTargets } from '../scorecard/targets.js';
import { type Store, openStore } from '../store/store.js';

export const DEFAULT_DB = 'csc-scorecard.duckdb';

export interface GlobalOptions {
  db?: string;
  config?: string;
}

/** The store path: --db, then CSC_SCORECARD_DB, then ./csc-scorecard.duckdb. */
export function dbPath(opts: GlobalOptions): string {
  return opts.db ?? process.env.CSC_SCORECARD_DB ?? DEFAULT_DB;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

export function configOf(cmd: Command): Config {
  return loadConfig(globals(cmd).config);
}

/** Opens the store named by the global options, with the configured calendar. */
export async function withStore<T>(cmd: Command, work: (store: Store, config: Config) => Promise<T>, path?: string, givenConfig?: Config): Promise<T> {
  const config = givenConfig ?? configOf(cmd);
  const store = await openStore(path ?? dbPath(globals(cmd)), { closures: config.closures });
  try {
    return await work(store, config);
  } finally {
    await store.close();
  }
}

/** The full measure catalogue under the configured standards, with the targets checked against it. */
export function catalogueOf(config: Config, configFile?: string): Measure[] {
  const catalogue = buildCatalogue({ standards: config.standards });
  validateTargets(config, catalogue, configFile ?? 'the configuration');
  return catalogue;
}
