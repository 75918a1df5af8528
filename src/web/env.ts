import type { Access } from './team-scope/access.js';
import type { Session } from './session/session-store.js';

/** What each request carries through the middleware: typed for every route and view. */
export interface WebEnv {
  Variables: {
    /** The CSP nonce of this response's one inline script. */
    nonce: string;
    /** The visitor's session (signed in or not), or null before one is needed. */
    session: Session | null;
    /** What the signed-in user may see; null when nobody is signed in. */
    access: Access | null;
    /** The client's address, for the rate limit and the audit log (worked out when first asked). */
    client: () => string;
  };
}
