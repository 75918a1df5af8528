import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Config } from '../../config/config.js';
import type { Measure } from '../../measures/measure.js';
import type { Store } from '../../store/store.js';
import { UserError } from '../../user-error.js';
import { startServer } from '../../web/server.js';
import { catalogueOf, globals, withStore } from '../global-options.js';
import type { Io } from '../io.js';
import { positiveInt } from './generate.js';

export interface ServeSettings {
  readonly port: number;
  readonly host: string;
  readonly inbox?: string | null;
}

/**
 * Runs the dashboard over an open store until the process is asked to stop (Ctrl+C, or
 * SIGTERM from a service manager); then finishes what it was writing and closes.
 */
export async function serveUntilStopped(io: Io, store: Store, config: Config, catalogue: readonly Measure[], s: ServeSettings, banner?: (url: string) => string[]): Promise<void> {
  const server = await startServer(store, config, catalogue, {
    port: s.port,
    host: s.host,
    inbox: s.inbox ? resolve(s.inbox) : undefined,
    log: (line) => io.out(line),
  });
  for (const line of banner ? banner(server.url) : [`The dashboard is at ${server.url}/ (Ctrl+C stops it)`]) io.out(line);
  if (server.deps.refresh.inbox) io.out(`Watching ${server.deps.refresh.inbox} for new files every ${config.web.inboxPollSeconds} s.`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.out('Stopping the dashboard …');
  await server.close();
}

export function portOption(value: string): number {
  if (value === '0') return 0;
  return positiveInt('--port', value, 65_535);
}

export function serveCommand(io: Io): Command {
  return new Command('serve')
    .description('run the web dashboard (sign in, scorecard, drill-down to children, data quality, uploads)')
    .option('--port <n>', 'port to listen on (0: any free port)', '3000')
    .option('--host <address>', 'address to listen on; keep 127.0.0.1 and put an HTTPS proxy in front for other machines', '127.0.0.1')
    .option('--inbox <dir>', 'folder to watch for new files to load (default: web.inbox in the configuration)')
    .addHelpText(
      'after',
      '\nUsers: csc-scorecard users add NAME --role admin|analyst|manager|viewer [--team T]. ' +
        'Sign-in with Microsoft Entra ID (OpenID Connect): web.oidc in the configuration, the client secret in $CSC_SCORECARD_OIDC_CLIENT_SECRET.',
    )
    .action(async (opts: { port: string; host: string; inbox?: string }, cmd: Command) => {
      const port = portOption(opts.port);
      await withStore(cmd, async (store, config) => {
        const users = await store.db.all<{ n: number }>('SELECT count(*) AS n FROM web_users');
        if ((users[0]?.n ?? 0) === 0) {
          throw new UserError('nobody can sign in yet: add a user first, for example\n  csc-scorecard users add admin --role admin');
        }
        await serveUntilStopped(io, store, config, catalogueOf(config, globals(cmd).config), { port, host: opts.host, inbox: opts.inbox ?? config.web.inbox ?? null });
      });
    });
}
