import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('the web section of the configuration', () => {
  it('has defaults when absent', () => {
    const c = parseConfig('', 'test');
    expect(c.web.session).toEqual({ idleMinutes: 30, absoluteHours: 10 });
    expect(c.web.signInLimit.attempts).toBe(5);
    expect(c.web.oidc).toBeUndefined();
  });

  it('reads the inbox, sessions and the identity provider with its group mapping', () => {
    const c = parseConfig(
      `web:
  inbox: /srv/csc/inbox
  session: { idleMinutes: 20 }
  oidc:
    issuer: https://login.microsoftonline.com/tenant-id/v2.0
    clientId: 0000-1111
    groups:
      - { group: g-analysts, role: analyst }
      - { group: g-cp1, role: manager, teams: [Child Protection Team 1] }
`,
      'test.yaml',
    );
    expect(c.web.inbox).toBe('/srv/csc/inbox');
    expect(c.web.session.idleMinutes).toBe(20);
    expect(c.web.oidc?.groups[1]).toEqual({ group: 'g-cp1', role: 'manager', teams: ['Child Protection Team 1'] });
    expect(c.web.oidc?.label).toBe('Sign in with Microsoft');
  });

  it('refuses a client secret written in the file, naming the variable to use', () => {
    expect(() => parseConfig('web:\n  oidc:\n    issuer: https://idp.example\n    clientSecret: s3cret\n', 'test.yaml')).toThrow(/web\.oidc\.clientSecret: .*CSC_SCORECARD_OIDC_CLIENT_SECRET/);
  });

  it('refuses a manager group without teams, teams on other roles, an unknown role and an unknown key', () => {
    expect(() => parseConfig('web:\n  oidc:\n    groups: [{ group: g, role: manager }]\n', 't')).toThrow(/web\.oidc\.groups\.0\.teams: a manager group needs the teams/);
    expect(() => parseConfig('web:\n  oidc:\n    groups: [{ group: g, role: viewer, teams: [A] }]\n', 't')).toThrow(/teams apply to managers only/);
    expect(() => parseConfig('web:\n  oidc:\n    groups: [{ group: g, role: root }]\n', 't')).toThrow(/web\.oidc\.groups\.0\.role/);
    expect(() => parseConfig('web:\n  sesion: {}\n', 't')).toThrow(/sesion/);
  });
});
