import { ROLES, type Role } from '../../config/web-config.js';

export { ROLES, type Role };

/**
 * What each role may do. Admins manage users and read the audit log, and can do everything
 * an analyst can; analysts see every child, upload files and write commentary; managers see
 * aggregates for the whole authority and children only in their own teams; viewers
 * (councillors) see aggregates only, with small numbers suppressed, and never a child.
 */
export const ROLE_WORDS: Record<Role, string> = {
  admin: 'Administrator: users, audit log, and everything an analyst can do',
  analyst: 'Analyst: every figure and child, uploads and commentary',
  manager: 'Team manager: every figure; children only in their own teams',
  viewer: 'Viewer: figures only, small numbers suppressed, never a child',
};

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

const RANK: Record<Role, number> = { viewer: 0, manager: 1, analyst: 2, admin: 3 };

/** The stronger of two roles (a user in several identity-provider groups gets the strongest). */
export function strongerRole(a: Role, b: Role): Role {
  return RANK[a] >= RANK[b] ? a : b;
}

export function atLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
