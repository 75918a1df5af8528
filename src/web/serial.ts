import type { Database } from '../store/database.js';

/**
 * A connection used by one piece of work at a time. DuckDB's transactions belong to a
 * connection, so two requests writing through the same connection at once could find one's
 * statements inside the other's transaction (and rolled back with it); queueing them keeps
 * each write whole.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly db: Database) {}

  run<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const next = this.tail.then(() => work(this.db));
    // The queue goes on after a failure; the failure is the caller's to handle.
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves when everything queued so far has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
