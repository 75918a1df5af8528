import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Config } from '../config/config.js';
import type { Measure } from '../measures/measure.js';
import type { Store } from '../store/store.js';
import { UserError } from '../user-error.js';
import { createApp } from './app.js';
import { type WebDeps, type WebDepsOptions, createDeps } from './deps.js';

export interface RunningServer {
  readonly url: string;
  readonly deps: WebDeps;
  close(): Promise<void>;
}

export interface ServeOptions extends WebDepsOptions {
  readonly port: number;
  /** 127.0.0.1 unless told otherwise: put a TLS proxy in front before opening it to a network. */
  readonly host: string;
}

/** Starts the dashboard over an open store; `close` stops it and everything it started. */
export async function startServer(store: Store, config: Config, catalogue: readonly Measure[], options: ServeOptions): Promise<RunningServer> {
  const { deps, close } = await createDeps(store, config, catalogue, options);
  const app = createApp(deps);
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (e) {
    await close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError(`port ${options.port} on ${options.host} is in use (another dashboard?): choose another with --port`);
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UserError(`cannot listen on ${options.host}:${options.port} (${code})`);
    throw e;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  await deps.refresh.start();
  const sweeper = setInterval(() => void deps.sessions.sweep().catch(() => undefined), 10 * 60_000);
  sweeper.unref();
  // The latest scorecard is computed before the first person asks for it.
  void deps.refresh.recompute().catch(() => undefined);
  return {
    url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`,
    deps,
    async close() {
      clearInterval(sweeper);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await close();
    },
  };
}
