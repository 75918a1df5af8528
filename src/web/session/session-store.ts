import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../store/database.js';
import type { Serial } from '../serial.js';

/**
 * A visitor's session. Everyone who reaches a form gets one (the sign-in form needs a CSRF
 * token too); it becomes a signed-in session only by signing in, which always issues a new
 * token, so a token planted before sign-in is worthless after it.
 */
export interface Session {
  /** The cookie's value. Kept in memory only; the store holds its SHA-256. */
  readonly token: string;
  readonly tokenHash: string;
  readonly csrfToken: string;
  /** The key this session's opaque handles (children, searches) are sealed with. */
  readonly handleKey: Buffer;
  readonly userId: number | null;
  readonly createdAt: number;
  /** Signed out at this instant whatever happens (ms). */
  readonly expiresAt: number;
  lastSeenAt: number;
  /** When last_seen_at was last written to the store (it is written at most once a minute). */
  savedSeenAt: number;
  /** A one-off message for the next page (after a redirect). */
  flash: string | null;
}

export interface SessionSettings {
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly now?: () => number;
}

const SAVE_SEEN_EVERY_MS = 60_000;
/** Visitors who have not signed in are kept in memory only; this caps what a flood can take. */
const MAX_ANONYMOUS = 20_000;
const ANONYMOUS_MS = 30 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

interface SessionRow {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  handle_key: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export class SessionStore {
  private readonly signedIn = new Map<string, Session>();
  private readonly anonymous = new Map<string, Session>();
  private readonly now: () => number;

  constructor(
    private readonly reads: Database,
    private readonly writes: Serial,
    private readonly settings: SessionSettings,
  ) {
    this.now = settings.now ?? (() => Date.now());
  }

  /** The live session with this token, or null (unknown, idle too long, or past its end). */
  async get(token: string | undefined): Promise<Session | null> {
    if (!token || token.length > 100) return null;
    const hash = hashToken(token);
    const now = this.now();
    const anon = this.anonymous.get(hash);
    if (anon) {
      if (anon.expiresAt <= now) {
        this.anonymous.delete(hash);
        return null;
      }
      return anon;
    }
    let s = this.signedIn.get(hash) ?? null;
    if (!s) {
      const r = (await this.reads.all<SessionRow>('SELECT * FROM web_sessions WHERE token_hash = $1', [hash]))[0];
      if (!r) return null;
      s = {
        token,
        tokenHash: hash,
        csrfToken: r.csrf_token,
        handleKey: Buffer.from(r.handle_key, 'hex'),
        userId: r.user_id,
        createdAt: Date.parse(r.created_at),
        expiresAt: Date.parse(r.expires_at),
        lastSeenAt: Date.parse(r.last_seen_at),
        savedSeenAt: Date.parse(r.last_seen_at),
        flash: null,
      };
      this.signedIn.set(hash, s);
    }
    if (s.expiresAt <= now || s.lastSeenAt + this.settings.idleMs <= now) {
      await this.destroy(s);
      return null;
    }
    s.lastSeenAt = now;
    if (now - s.savedSeenAt >= SAVE_SEEN_EVERY_MS) {
      s.savedSeenAt = now;
      const seen = new Date(now).toISOString();
      void this.writes.run((db) => db.run('UPDATE web_sessions SET last_seen_at = $2 WHERE token_hash = $1', [hash, seen])).catch(() => undefined);
    }
    return s;
  }

  /** A session for a visitor who has not signed in (memory only). */
  startAnonymous(): Session {
    const now = this.now();
    if (this.anonymous.size >= MAX_ANONYMOUS) {
      for (const [k, v] of this.anonymous) {
        if (v.expiresAt <= now || this.anonymous.size >= MAX_ANONYMOUS) this.anonymous.delete(k);
        if (this.anonymous.size < MAX_ANONYMOUS * 0.9) break;
      }
    }
    const token = newToken();
    const s: Session = {
      token,
      tokenHash: hashToken(token),
      csrfToken: newToken(),
      handleKey: randomBytes(32),
      userId: null,
      createdAt: now,
      expiresAt: now + ANONYMOUS_MS,
      lastSeenAt: now,
      savedSeenAt: now,
      flash: null,
    };
    this.anonymous.set(s.tokenHash, s);
    return s;
  }

  /** Signs a user in: the previous session (if any) ends and a new one, with a new token, begins. */
  async signIn(previous: Session | null, userId: number): Promise<Session> {
    if (previous) await this.destroy(previous);
    const now = this.now();
    const token = newToken();
    const s: Session = {
      token,
      tokenHash: hashToken(token),
      csrfToken: newToken(),
      handleKey: randomBytes(32),
      userId,
      createdAt: now,
      expiresAt: now + this.settings.absoluteMs,
      lastSeenAt: now,
      savedSeenAt: now,
      flash: null,
    };
    const iso = (t: number) => new Date(t).toISOString();
    await this.writes.run((db) =>
      db.run(
        `INSERT INTO web_sessions (token_hash, user_id, csrf_token, handle_key, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $5, $6)`,
        [s.tokenHash, userId, s.csrfToken, s.handleKey.toString('hex'), iso(now), iso(s.expiresAt)],
      ),
    );
    this.signedIn.set(s.tokenHash, s);
    return s;
  }

  async destroy(s: Session): Promise<void> {
    this.anonymous.delete(s.tokenHash);
    if (this.signedIn.delete(s.tokenHash) || s.userId !== null) {
      await this.writes.run((db) => db.run('DELETE FROM web_sessions WHERE token_hash = $1', [s.tokenHash]));
    }
  }

  /** Ends every session of a user (their role, teams or password changed, or they were removed). */
  async destroyUser(userId: number): Promise<void> {
    for (const [k, v] of this.signedIn) if (v.userId === userId) this.signedIn.delete(k);
    await this.writes.run((db) => db.run('DELETE FROM web_sessions WHERE user_id = $1', [userId]));
  }

  /** Forgets sessions past their end (called now and then; the store's rows go too). */
  async sweep(): Promise<void> {
    const now = this.now();
    for (const [k, v] of this.anonymous) if (v.expiresAt <= now) this.anonymous.delete(k);
    for (const [k, v] of this.signedIn) if (v.expiresAt <= now || v.lastSeenAt + this.settings.idleMs <= now) this.signedIn.delete(k);
    const cutoff = new Date(now - this.settings.idleMs).toISOString();
    await this.writes.run((db) => db.run('DELETE FROM web_sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [new Date(now).toISOString(), cutoff]));
  }
}
