import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { OidcSignIn, roleFromGroups } from '../../src/web/auth/oidc.js';
import { userForSignIn } from '../../src/web/auth/user-store.js';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

/**
 * Signing in with an OpenID Connect provider, against a small provider run by the test (the
 * discovery document, its signing key, a token endpoint that checks PKCE and issues an ID token
 * with the nonce and the user's groups), as Microsoft Entra ID would.
 */
const CLIENT_ID = 'dashboard-client';
const SECRET = 'client-secret-from-the-environment';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (x: Buffer | string) => Buffer.from(x).toString('base64url');

interface Grant {
  challenge: string;
  nonce: string;
  claims: Record<string, unknown>;
}

function provider(): Promise<{ server: Server; issuer: string; grants: Map<string, Grant> }> {
  const grants = new Map<string, Grant>();
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (o: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(o));
    };
    if (req.url === '/.well-known/openid-configuration') {
      return json({ issuer: base, authorization_endpoint: `${base}/authorize`, token_endpoint: `${base}/token`, jwks_uri: `${base}/jwks`, response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'], code_challenge_methods_supported: ['S256'], token_endpoint_auth_methods_supported: ['client_secret_post'] });
    }
    if (req.url === '/jwks') return json({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' }] });
    if (req.url === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        const p = new URLSearchParams(body);
        const g = grants.get(p.get('code') ?? '');
        const verifier = p.get('code_verifier') ?? '';
        if (!g || p.get('client_secret') !== SECRET || b64(createHash('sha256').update(verifier).digest()) !== g.challenge) {
          res.statusCode = 400;
          return json({ error: 'invalid_grant' });
        }
        grants.delete(p.get('code') ?? '');
        const now = Math.floor(Date.now() / 1000);
        const head = b64(JSON.stringify({ alg: 'RS256', kid: 'k1', typ: 'JWT' }));
        const payload = b64(JSON.stringify({ iss: base, aud: CLIENT_ID, iat: now, exp: now + 300, nonce: g.nonce, ...g.claims }));
        const sig = b64(sign('RSA-SHA256', Buffer.from(`${head}.${payload}`), privateKey));
        return json({ access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: `${head}.${payload}.${sig}` });
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, grants })));
}

describe('sign-in with an OpenID Connect provider (Microsoft Entra ID)', () => {
  let f: WebFixture;
  let idp: Awaited<ReturnType<typeof provider>>;
  beforeAll(async () => {
    idp = await provider();
    const config = parseConfig(
      `web:\n  oidc:\n    groups:\n      - { group: g-analysts, role: analyst }\n      - { group: g-team-a, role: manager, teams: [Team A] }\n      - { group: g-team-b, role: manager, teams: [Team B] }\n`,
      'test',
    );
    const oidcConfig = config.web.oidc;
    if (!oidcConfig) throw new Error('no oidc section');
    f = await webFixture({ deps: { oidc: (writes) => new OidcSignIn({ issuer: new URL(idp.issuer), clientId: CLIENT_ID, clientSecret: SECRET, config: oidcConfig, allowHttp: true }, writes) } });
  });
  afterAll(async () => {
    await f?.close();
    idp?.server.close();
  });

  /** The browser's round trip: our start → (the provider signs the user in) → our callback. */
  async function signInAs(claims: Record<string, unknown>, tamper?: (state: string) => string): Promise<Response> {
    const start = await f.app.request('/sign-in/oidc?next=%2Fextracts');
    expect(start.status).toBe(303);
    const auth = new URL(start.headers.get('location') ?? '');
    expect(auth.origin + auth.pathname).toBe(`${idp.issuer}/authorize`);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('client_id')).toBe(CLIENT_ID);
    const state = auth.searchParams.get('state') ?? '';
    const code = `code-${Math.random()}`;
    idp.grants.set(code, { challenge: auth.searchParams.get('code_challenge') ?? '', nonce: auth.searchParams.get('nonce') ?? '', claims });
    return f.app.request(`/sign-in/oidc/callback?code=${code}&state=${tamper ? tamper(state) : state}`);
  }

  it('signs a manager in with the role and teams of their groups, and creates their account', async () => {
    const res = await signInAs({ sub: 'entra-oid-1', preferred_username: 'ann@council.example', name: 'Ann Smith', groups: ['g-team-a', 'g-team-b', 'g-other'] });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/extracts');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-csc-session='))?.split(';')[0] ?? '';
    const page = await f.app.request('/extracts', { headers: { cookie } });
    expect(page.status).toBe(200);
    const u = await userForSignIn(f.store.db, 'ann@council.example');
    expect(u?.user).toMatchObject({ role: 'manager', teams: ['Team A', 'Team B'], source: 'oidc', hasPassword: false });
  });

  it('follows a change of groups at the next sign-in', async () => {
    await signInAs({ sub: 'entra-oid-1', preferred_username: 'ann@council.example', name: 'Ann Smith', groups: ['g-analysts'] });
    expect((await userForSignIn(f.store.db, 'ann@council.example'))?.user).toMatchObject({ role: 'analyst', teams: [] });
  });

  it('refuses someone in no mapped group, a forged state and a replayed one', async () => {
    const none = await signInAs({ sub: 'entra-oid-2', preferred_username: 'bob@council.example', groups: ['g-other'] });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('not in any group that has access');
    expect(await userForSignIn(f.store.db, 'bob@council.example')).toBeNull();
    const forged = await signInAs({ sub: 'entra-oid-3', preferred_username: 'eve@council.example', groups: ['g-analysts'] }, () => 'forged-state');
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('expired or was already used');
  });

  it('maps groups to the strongest role and every manager team', () => {
    const map = [
      { group: 'a', role: 'manager' as const, teams: ['T1'] },
      { group: 'b', role: 'manager' as const, teams: ['T2'] },
      { group: 'c', role: 'viewer' as const, teams: [] },
      { group: 'd', role: 'admin' as const, teams: [] },
    ];
    expect(roleFromGroups(['a', 'b', 'c'], map)).toEqual({ role: 'manager', teams: ['T1', 'T2'] });
    expect(roleFromGroups(['a', 'd'], map)).toEqual({ role: 'admin', teams: [] });
    expect(roleFromGroups(['x'], map)).toBeNull();
  });
});
