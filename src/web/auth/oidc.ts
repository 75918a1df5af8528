import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import { type GroupMapping, OIDC_ENV, type OidcConfig, type WebConfig } from '../../config/web-config.js';
import type { Serial } from '../serial.js';
import { type Role, strongerRole } from './roles.js';

/** Who the identity provider says signed in, and what the group mapping gives them. */
export interface OidcIdentity {
  readonly subject: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teams: string[];
  readonly returnTo: string;
}

export interface OidcSettings {
  readonly issuer: URL;
  readonly clientId: string;
  /** From the environment only; absent for a public client (PKCE alone). */
  readonly clientSecret?: string;
  readonly config: OidcConfig;
  /** Tests run a provider on http://127.0.0.1; real ones are HTTPS only. */
  readonly allowHttp?: boolean;
}

/** A sign-in that could not be completed; the message is for the user. */
export class OidcError extends Error {}

const STATE_MS = 10 * 60_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The group → role mapping: the strongest role of the user's mapped groups, and every team of
 * their manager groups. Null when no group of theirs is mapped (they may not sign in).
 */
export function roleFromGroups(groups: readonly string[], mapping: readonly GroupMapping[]): { role: Role; teams: string[] } | null {
  let role: Role | null = null;
  const teams = new Set<string>();
  for (const m of mapping) {
    if (!groups.includes(m.group)) continue;
    role = role ? strongerRole(role, m.role) : m.role;
    if (m.role === 'manager') for (const t of m.teams) teams.add(t);
  }
  if (!role) return null;
  return { role, teams: role === 'manager' ? [...teams] : [] };
}

/**
 * Signing in with the council's identity provider (Microsoft Entra ID, or any OpenID Connect
 * provider): the authorization code flow with PKCE, a state and a nonce, each used once and
 * kept (hashed) in the store for ten minutes so a restart in between does not strand a user.
 */
export class OidcSignIn {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(
    readonly settings: OidcSettings,
    private readonly writes: Serial,
  ) {}

  get label(): string {
    return this.settings.config.label;
  }

  /** From the `web.oidc` section and the environment; null when no provider is configured. */
  static fromConfig(web: WebConfig, writes: Serial, env: NodeJS.ProcessEnv = process.env): OidcSignIn | null {
    const o = web.oidc;
    const issuer = o?.issuer ?? env[OIDC_ENV.issuer];
    const clientId = o?.clientId ?? env[OIDC_ENV.clientId];
    if (!issuer || !clientId) return null;
    const config: OidcConfig = o ?? { label: 'Sign in with Microsoft', scopes: ['openid', 'profile', 'email'], usernameClaim: 'preferred_username', groupsClaim: 'groups', groups: [] };
    return new OidcSignIn({ issuer: new URL(issuer), clientId, clientSecret: env[OIDC_ENV.clientSecret] || undefined, config }, writes);
  }

  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const s = this.settings;
      const auth = s.clientSecret ? client.ClientSecretPost(s.clientSecret) : client.None();
      this.discovered = client.discovery(s.issuer, s.clientId, undefined, auth, s.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined);
      // A provider that was down is asked again next time.
      this.discovered.catch(() => (this.discovered = null));
    }
    return this.discovered;
  }

  /** The provider's sign-in address to send the browser to. */
  async start(redirectUri: string, returnTo: string): Promise<URL> {
    const config = await this.configuration();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const expires = new Date(Date.now() + STATE_MS).toISOString();
    await this.writes.run(async (db) => {
      await db.run('DELETE FROM oidc_states WHERE expires_at <= $1', [new Date().toISOString()]);
      await db.run('INSERT INTO oidc_states (state_hash, code_verifier, nonce, return_to, expires_at) VALUES ($1, $2, $3, $4, $5)', [sha256(state), verifier, nonce, returnTo, expires]);
    });
    return client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.config.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /** Completes the sign-in from the provider's redirect back. */
  async finish(currentUrl: URL, redirectUri: string): Promise<OidcIdentity> {
    const state = currentUrl.searchParams.get('state');
    if (!state) throw new OidcError('The sign-in response had no state; start again.');
    const saved = await this.writes.run(async (db) => {
      const rows = await db.all<{ code_verifier: string; nonce: string; return_to: string; expires_at: string }>('SELECT * FROM oidc_states WHERE state_hash = $1', [sha256(state)]);
      await db.run('DELETE FROM oidc_states WHERE state_hash = $1', [sha256(state)]);
      return rows[0] ?? null;
    });
    if (!saved || saved.expires_at <= new Date().toISOString()) throw new OidcError('This sign-in has expired or was already used; start again.');
    const config = await this.configuration();
    const callback = new URL(redirectUri);
    for (const [k, v] of currentUrl.searchParams) callback.searchParams.set(k, v);
    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: saved.code_verifier, expectedState: state, expectedNonce: saved.nonce, idTokenExpected: true });
      claims = tokens.claims();
    } catch (e) {
      throw new OidcError(`The identity provider did not complete the sign-in (${(e as Error).message}).`);
    }
    if (!claims) throw new OidcError('The identity provider sent no identity.');
    const c = this.settings.config;
    const username = String(claims[c.usernameClaim] ?? claims.email ?? claims.sub);
    const raw = claims[c.groupsClaim];
    const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
    const mapped = roleFromGroups(groups, c.groups);
    if (!mapped) throw new OidcError(`${username} is not in any group that has access to this dashboard; ask an administrator.`);
    return { subject: `${this.settings.issuer.href}|${claims.sub}`, username, displayName: String(claims.name ?? username), ...mapped, returnTo: saved.return_to };
  }
}
