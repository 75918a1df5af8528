import type nunjucks from 'nunjucks';
import type { Config } from '../config/config.js';
import type { Measure } from '../measures/measure.js';
import type { Store } from '../store/store.js';
import { AuditLog } from './audit/audit-log.js';
import { UserCache } from './auth/user-cache.js';
import { ResultCache } from './cache/result-cache.js';
import { WebData } from './data.js';
import { OidcSignIn } from './auth/oidc.js';
import { RateLimiter } from './rate-limit/rate-limit.js';
import { RefreshService } from './refresh-service.js';
import { createViews } from './render.js';
import { Serial } from './serial.js';
import { SessionStore } from './session/session-store.js';
import { PendingUploads } from './uploads.js';

/** Everything the routes use, built once when the dashboard starts. */
export interface WebDeps {
  readonly config: Config;
  readonly data: WebData;
  readonly views: nunjucks.Environment;
  readonly sessions: SessionStore;
  readonly users: UserCache;
  readonly audit: AuditLog;
  /** Small writes (sessions, users, commentary, audit), one at a time on their own connection. */
  readonly writes: Serial;
  readonly refresh: RefreshService;
  readonly uploads: PendingUploads;
  /**
   * Sign-in limits: failed attempts per user name and per client address, and every attempt
   * per client address (each costs an argon2 hash: a flood must not take the CPU).
   */
  readonly signInLimits: { readonly failuresByUser: RateLimiter; readonly failuresByClient: RateLimiter; readonly attemptsByClient: RateLimiter };
  readonly oidc: OidcSignIn | null;
  /** The public address (for sign-in redirects), when configured. */
  readonly baseUrl: string | null;
}

export interface WebDepsOptions {
  readonly inbox?: string | null;
  readonly log?: (line: string) => void;
  /** Overrides for tests (a frozen clock for sessions, a short audit delay). */
  readonly now?: () => number;
  /** The identity-provider sign-in (tests run their own provider); default: from the configuration. */
  readonly oidc?: (writes: Serial) => OidcSignIn | null;
}

/**
 * Opens the two extra connections the dashboard needs besides the store's own (which the
 * pages read on): one for small writes, one for loads, so a long load neither blocks nor
 * swallows the writes of people using the pages.
 */
export async function createDeps(store: Store, config: Config, catalogue: readonly Measure[], options: WebDepsOptions = {}): Promise<{ deps: WebDeps; close: () => Promise<void> }> {
  const writesDb = await store.db.connect();
  const loadsDb = await store.db.connect();
  const writes = new Serial(writesDb);
  const loads = new Serial(loadsDb);
  const cache = new ResultCache();
  const data = new WebData(store.db, cache, config, catalogue);
  const web = config.web;
  const sessions = new SessionStore(store.db, writes, { idleMs: web.session.idleMinutes * 60_000, absoluteMs: web.session.absoluteHours * 3_600_000, now: options.now });
  const audit = new AuditLog(writes);
  const refresh = new RefreshService(loads, data, options.inbox ?? web.inbox ?? null, web.inboxPollSeconds * 1000, options.log);
  const uploads = new PendingUploads();
  const windowMs = web.signInLimit.windowMinutes * 60_000;
  const deps: WebDeps = {
    config,
    data,
    views: createViews(),
    sessions,
    users: new UserCache(store.db),
    audit,
    writes,
    refresh,
    uploads,
    signInLimits: {
      failuresByUser: new RateLimiter({ max: web.signInLimit.attempts, windowMs, now: options.now }),
      // A council office shares one address: several people may mistype, but not endlessly.
      failuresByClient: new RateLimiter({ max: web.signInLimit.attempts * 4, windowMs, now: options.now }),
      attemptsByClient: new RateLimiter({ max: 300, windowMs, now: options.now }),
    },
    oidc: options.oidc ? options.oidc(writes) : OidcSignIn.fromConfig(web, writes),
    baseUrl: web.baseUrl ?? null,
  };
  return {
    deps,
    close: async () => {
      await refresh.stop();
      await audit.flush();
      await loads.idle();
      await writes.idle();
      await uploads.close();
      await writesDb.close();
      await loadsDb.close();
    },
  };
}
