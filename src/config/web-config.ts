import { z } from 'zod';

/**
 * The web dashboard's part of the configuration file (`web:`): where the inbox is, how long
 * sessions last, and the identity provider with its group → role and team mapping. Secrets are
 * never read from the file: the OpenID Connect client secret comes only from the environment.
 */
export const ROLES = ['admin', 'analyst', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const OIDC_ENV = {
  issuer: 'CSC_SCORECARD_OIDC_ISSUER',
  clientId: 'CSC_SCORECARD_OIDC_CLIENT_ID',
  clientSecret: 'CSC_SCORECARD_OIDC_CLIENT_SECRET',
} as const;

const teamName = z.string().trim().min(1, 'a team name cannot be blank');

const GroupMappingSchema = z
  .object({
    /** The group as the identity provider sends it (Entra ID: the group's object id). */
    group: z.string().trim().min(1),
    role: z.enum(ROLES),
    /** A manager's teams, spelt as in Annex A's Allocated Team. */
    teams: z.array(teamName).default([]),
  })
  .strict();

export type GroupMapping = z.infer<typeof GroupMappingSchema>;

const OidcSchema = z
  .object({
    /** The issuer URL (Entra ID: https://login.microsoftonline.com/<tenant>/v2.0); or $CSC_SCORECARD_OIDC_ISSUER. */
    issuer: z.url().optional(),
    /** The application (client) id; or $CSC_SCORECARD_OIDC_CLIENT_ID. */
    clientId: z.string().trim().min(1).optional(),
    clientSecret: z
      .never({ error: `the client secret must not be written in the file: set it in the environment variable ${OIDC_ENV.clientSecret}` })
      .optional(),
    /** What the sign-in button says. */
    label: z.string().trim().min(1).default('Sign in with Microsoft'),
    scopes: z.array(z.string().trim().min(1)).default(['openid', 'profile', 'email']),
    /** The claim naming the user (Entra ID: preferred_username, their sign-in address). */
    usernameClaim: z.string().trim().min(1).default('preferred_username'),
    /** The claim listing the user's groups (Entra ID: groups, when the app registration emits them). */
    groupsClaim: z.string().trim().min(1).default('groups'),
    /** Group → role (and teams, for managers). A user in several groups gets the strongest role and every team. */
    groups: z.array(GroupMappingSchema).default([]),
  })
  .strict()
  .superRefine((o, ctx) => {
    o.groups.forEach((g, i) => {
      if (g.role === 'manager' && g.teams.length === 0) ctx.addIssue({ code: 'custom', path: ['groups', i, 'teams'], message: 'a manager group needs the teams it manages' });
      if (g.role !== 'manager' && g.teams.length > 0) ctx.addIssue({ code: 'custom', path: ['groups', i, 'teams'], message: `teams apply to managers only, not to the ${g.role} role` });
    });
  });

export type OidcConfig = z.infer<typeof OidcSchema>;

const SessionSchema = z
  .object({
    /** Signed out after this long without a request. */
    idleMinutes: z.number().int().min(5).max(24 * 60).default(30),
    /** Signed out this long after signing in, whatever happens. */
    absoluteHours: z.number().int().min(1).max(24).default(10),
  })
  .strict();

const SignInLimitSchema = z
  .object({
    /** Failed sign-ins allowed per user name, and per client address, in the window. */
    attempts: z.number().int().min(3).max(100).default(5),
    windowMinutes: z.number().int().min(1).max(24 * 60).default(15),
  })
  .strict();

export const WebConfigSchema = z
  .object({
    /** The address users reach the dashboard at, when it sits behind a proxy (used for sign-in redirects). */
    baseUrl: z.url().optional(),
    /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
    trustProxy: z.boolean().default(false),
    /** The folder `serve` watches (and `refresh` reads) for new files to load. */
    inbox: z.string().trim().min(1).optional(),
    /** How often the inbox is looked at, in seconds. */
    inboxPollSeconds: z.number().int().min(1).max(3600).default(30),
    session: SessionSchema.prefault({}),
    signInLimit: SignInLimitSchema.prefault({}),
    oidc: OidcSchema.optional(),
  })
  .strict();

export type WebConfig = z.infer<typeof WebConfigSchema>;
