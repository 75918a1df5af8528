import type { Database } from '../../store/database.js';
import { type WebUser, userById } from './user-store.js';

/**
 * Users by id, kept in memory: every request needs its user, and a query each time would
 * be most of a cached page's cost. Whoever changes a user forgets them here.
 */
export class UserCache {
  private readonly users = new Map<number, Promise<WebUser | null>>();

  constructor(private readonly db: Database) {}

  get(id: number): Promise<WebUser | null> {
    let u = this.users.get(id);
    if (!u) {
      u = userById(this.db, id);
      this.users.set(id, u);
      u.catch(() => this.users.delete(id));
    }
    return u;
  }

  forget(id?: number): void {
    if (id === undefined) this.users.clear();
    else this.users.delete(id);
  }
}
